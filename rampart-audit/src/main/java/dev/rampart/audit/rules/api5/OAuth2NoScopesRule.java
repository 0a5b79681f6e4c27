package dev.rampart.audit.rules.api5;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.Operation;
import dev.rampart.core.model.SecurityRequirement;
import dev.rampart.core.model.SecurityScheme;

/** Write operations that accept an OAuth2 token of any scope. */
public final class OAuth2NoScopesRule extends AbstractRule {
    public OAuth2NoScopesRule() {
        super("bfla-oauth2-no-scopes", OwaspCategory.API5, 285, Severity.MEDIUM, "Write operation requires no OAuth2 scope",
                "The operation changes data but requires an OAuth2 token with an empty scope list, so a token issued for"
                        + " any purpose, even read-only, is accepted: scopes no longer limit what a client may do.",
                "List the scopes the operation needs (e.g. orders:write) in its security requirement and reject tokens"
                        + " that lack them.");
    }

    @Override
    public void check(AuditContext ctx) {
        var schemes = ctx.model().securitySchemes();
        for (Operation op : ctx.model().pathOperations()) {
            if (!op.isWrite() && !op.method().equals("DELETE")) {
                continue;
            }
            requirements:
            for (SecurityRequirement r : op.security()) {
                for (var e : r.schemes().entrySet()) {
                    SecurityScheme s = schemes.get(e.getKey());
                    if (s != null && s.isOAuth2() && e.getValue().isEmpty() && declaresScopes(s)) {
                        ctx.report(op, op.declaredSecurity().isPresent() ? r.node() : op.node(),
                                op.label() + " changes data but requires OAuth2 scheme '" + s.name() + "' with no scope");
                        break requirements;
                    }
                }
            }
        }
    }

    private static boolean declaresScopes(SecurityScheme s) {
        return s.flows().stream().anyMatch(f -> !f.scopes().isEmpty());
    }
}
