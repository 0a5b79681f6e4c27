package dev.rampart.audit.rules.api3;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.Operation;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Successful responses whose schemas carry secrets: passwords, keys, tokens, card data, national ids.
 * Credentials are expected in the responses of token, login and key-issuing endpoints, and in token
 * response objects (access_token with token_type or expires_in); those are not reported.
 */
public final class SensitivePropertyExposureRule extends AbstractRule {
    private static final Map<String, Severity> SENSITIVE = Map.ofEntries(
            Map.entry("password", Severity.CRITICAL), Map.entry("passwd", Severity.CRITICAL),
            Map.entry("password_hash", Severity.CRITICAL), Map.entry("hashed_password", Severity.CRITICAL),
            Map.entry("password_digest", Severity.CRITICAL), Map.entry("cvv", Severity.CRITICAL), Map.entry("cvv2", Severity.CRITICAL),
            Map.entry("cvc", Severity.CRITICAL), Map.entry("private_key", Severity.CRITICAL),
            Map.entry("secret", Severity.HIGH), Map.entry("client_secret", Severity.HIGH), Map.entry("secret_key", Severity.HIGH),
            Map.entry("api_key", Severity.HIGH), Map.entry("apikey", Severity.HIGH), Map.entry("access_token", Severity.HIGH),
            Map.entry("refresh_token", Severity.HIGH), Map.entry("ssn", Severity.HIGH),
            Map.entry("social_security_number", Severity.HIGH), Map.entry("card_number", Severity.HIGH),
            Map.entry("credit_card", Severity.HIGH), Map.entry("credit_card_number", Severity.HIGH), Map.entry("pan", Severity.HIGH),
            Map.entry("pin", Severity.HIGH), Map.entry("otp_secret", Severity.HIGH), Map.entry("totp_secret", Severity.HIGH),
            Map.entry("mfa_secret", Severity.HIGH));
    /** Names that are the very purpose of token, login and key-issuing responses. */
    private static final Set<String> CREDENTIALS = Set.of("secret", "client_secret", "secret_key", "api_key", "apikey",
            "access_token", "refresh_token", "private_key");
    private static final Pattern ISSUING_ENDPOINT = Pattern.compile(
            "token|oauth|auth(?!or)|login|log_in|sign_?in|session|credential|api[-_]?keys?|secrets?\\b|\\bkeys?\\b|ssh|gpg|\\bapps?\\b");

    public SensitivePropertyExposureRule() {
        super("exposure-sensitive-property", OwaspCategory.API3, 213, Severity.HIGH,
                "Response exposes a secret",
                "A response schema that contains passwords, password hashes, keys, tokens or card data means the API sends secrets "
                        + "to clients: anyone who can read the object (or its logs and caches) obtains credentials or payment data.",
                "Remove secrets from response schemas (use separate output models), mark write-only fields writeOnly, return keys "
                        + "and tokens only once from the endpoint that issues them, and mask card numbers (last four digits).");
    }

    @Override
    public void check(AuditContext ctx) {
        Properties.responseSchemas(ctx, op -> true, (op, owner) -> {
            boolean tokenResponse = owner.properties().containsKey("token_type") || owner.properties().containsKey("expires_in");
            Properties.eachProperty(op, owner, (o, s, name, prop, at) -> {
                Severity sev = SENSITIVE.get(Properties.key(name));
                if (sev == null || prop.flag("writeOnly") || prop.hasType("boolean") || prop.isObject() || prop.isArray()) {
                    return;
                }
                if (CREDENTIALS.contains(Properties.key(name)) && (tokenResponse || issuing(o))) {
                    return;
                }
                ctx.report(o, at, Properties.describe(s, name) + Properties.where(s, "response", o) + " looks like a secret",
                        sev);
            });
        });
    }

    private static boolean issuing(Operation op) {
        return ISSUING_ENDPOINT.matcher(op.searchText()).find();
    }
}
