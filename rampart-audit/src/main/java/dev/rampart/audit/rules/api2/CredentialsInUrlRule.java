package dev.rampart.audit.rules.api2;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.Operation;

import dev.rampart.audit.rules.RuleSupport;
import dev.rampart.core.model.Parameter;
import dev.rampart.core.model.Schema;
import dev.rampart.core.spec.Node;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/** Credentials passed in the URL: query or path parameters named like passwords, secrets, tokens, sessions. */
public final class CredentialsInUrlRule extends AbstractRule {
    private static final Set<String> CREDENTIAL_WORDS = Set.of("password", "passwd", "pwd", "secret", "token", "apikey",
            "passphrase");
    /** Session identifiers: credentials in a query string, but usually plain resource ids in a path. */
    private static final Set<String> SESSION_NAMES = Set.of("session", "sid", "session_id", "sessionid", "jsessionid",
            "phpsessid", "session_token", "session_key");
    private static final Set<String> CREDENTIAL_NAMES = Set.of("access_token", "api_key", "auth_token", "session_id",
            "id_token", "refresh_token", "client_secret");
    /** Tokens that are not credentials: pagination cursors and the like. */
    private static final Set<String> NOT_CREDENTIAL = Set.of("page", "next", "prev", "previous", "pagination",
            "continuation", "cursor", "sync", "delta", "resume", "start", "end", "skip");
    /**
     * Qualifiers that make a "..._token" path parameter a credential (webhook_token, reset_token); other
     * qualifiers usually name a resource id (shipping_rate_token), and so does {token} under /tokens.
     */
    private static final Set<String> AUTH_QUALIFIERS = Set.of("access", "auth", "api", "session", "invite", "invitation",
            "webhook", "interaction", "reset", "verification", "verify", "confirmation", "confirm", "refresh", "bearer",
            "magic", "login", "activation", "unsubscribe", "password", "secret");

    public CredentialsInUrlRule() {
        super("auth-credentials-in-url", OwaspCategory.API2, 598, Severity.MEDIUM, "Credential passed in the URL",
                "Passwords, secrets, tokens and session ids in the path or query string are written to server and proxy"
                        + " access logs, browser history and Referer headers, where others can read and replay them.",
                "Send credentials in the Authorization header or the request body, never in the URL; rotate any secret"
                        + " that has been passed this way.");
    }

    @Override
    public void check(AuditContext ctx) {
        // a shared or path-level parameter is reported once, at its definition
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Operation op : ctx.model().operations()) {
            for (Parameter p : op.parameters()) {
                if ((p.inQuery() || p.inPath()) && isCredential(op, p)) {
                    Node at = p.node().has("name") ? p.node().get("name") : p.node();
                    if (!seen.add(at)) {
                        continue;
                    }
                    ctx.report(op, at, op.label() + " takes credential '" + p.name() + "' in the " + (p.inPath() ? "path" : "query string"));
                }
            }
        }
    }

    private static boolean isCredential(Operation op, Parameter p) {
        Schema s = p.schema().orElse(null);
        if (s != null && !s.types().isEmpty() && !s.isString()) {
            return false; // include_secret=true, token_count=3
        }
        String n = RuleSupport.normalize(p.name());
        if (SESSION_NAMES.contains(n)) {
            return p.inQuery();
        }
        if (CREDENTIAL_NAMES.contains(n)) {
            return true;
        }
        String[] words = n.split("_");
        for (String w : words) {
            if (NOT_CREDENTIAL.contains(w)) {
                return false;
            }
        }
        if (!CREDENTIAL_WORDS.contains(words[words.length - 1])) {
            return false;
        }
        if (p.inPath() && words[words.length - 1].equals("token")) {
            return words.length == 1 ? !op.path().toLowerCase(java.util.Locale.ROOT).contains("/tokens/{")
                    : AUTH_QUALIFIERS.contains(words[0]) || AUTH_QUALIFIERS.contains(words[words.length - 2]);
        }
        return true;
    }
}
