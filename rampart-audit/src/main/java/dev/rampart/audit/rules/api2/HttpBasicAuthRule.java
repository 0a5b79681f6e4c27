package dev.rampart.audit.rules.api2;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.SecurityScheme;
import dev.rampart.core.spec.Node;

/** HTTP Basic authentication: a reusable password sent with every request. */
public final class HttpBasicAuthRule extends AbstractRule {
    public HttpBasicAuthRule() {
        super("auth-http-basic", OwaspCategory.API2, 522, Severity.MEDIUM, "HTTP Basic authentication",
                "HTTP Basic sends the user's long-lived password, merely base64-encoded, with every request; it cannot be"
                        + " scoped, expired or revoked without a password change, and leaks through logs and proxies.",
                "Use short-lived, revocable tokens (OAuth 2.0 / OpenID Connect bearer tokens); if Basic must stay,"
                        + " require TLS everywhere and rate-limit failed attempts.");
    }

    @Override
    public void check(AuditContext ctx) {
        for (SecurityScheme s : ctx.model().securitySchemes().values()) {
            if (s.isHttp("basic")) {
                Node at = s.node().has("scheme") ? s.node().get("scheme") : s.node().has("type") ? s.node().get("type") : s.node();
                ctx.report(at, "security scheme '" + s.name() + "' uses HTTP Basic authentication");
            }
        }
    }
}
