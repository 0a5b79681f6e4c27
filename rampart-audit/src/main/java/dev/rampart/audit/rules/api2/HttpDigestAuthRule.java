package dev.rampart.audit.rules.api2;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.SecurityScheme;
import dev.rampart.core.spec.Node;

/** HTTP Digest authentication: MD5-based, server must keep recoverable passwords. */
public final class HttpDigestAuthRule extends AbstractRule {
    public HttpDigestAuthRule() {
        super("auth-http-digest", OwaspCategory.API2, 328, Severity.MEDIUM, "HTTP Digest authentication",
                "HTTP Digest is built on MD5, is open to downgrade and offline cracking of captured exchanges, and forces"
                        + " the server to store password-equivalent hashes.",
                "Replace Digest with short-lived, revocable tokens (OAuth 2.0 / OpenID Connect) over TLS");
    }

    @Override
    public void check(AuditContext ctx) {
        for (SecurityScheme s : ctx.model().securitySchemes().values()) {
            if (s.isHttp("digest")) {
                Node at = s.node().has("scheme") ? s.node().get("scheme") : s.node().has("type") ? s.node().get("type") : s.node();
                ctx.report(at, "security scheme '" + s.name() + "' uses HTTP Digest authentication, which relies on MD5");
            }
        }
    }
}
