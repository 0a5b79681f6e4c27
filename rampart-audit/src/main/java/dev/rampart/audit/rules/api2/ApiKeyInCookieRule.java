package dev.rampart.audit.rules.api2;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.SecurityScheme;
import dev.rampart.core.spec.Node;
import dev.rampart.core.spec.ObjectNode;

/** API key sent in a cookie. */
public final class ApiKeyInCookieRule extends AbstractRule {
    public ApiKeyInCookieRule() {
        super("auth-apikey-in-cookie", OwaspCategory.API2, 352, Severity.MEDIUM, "API key sent in a cookie",
                "Browsers attach cookies to cross-site requests automatically, so a credential carried in a cookie makes every state-changing operation a cross-site request forgery target unless SameSite and CSRF tokens are enforced.",
                "Send the credential in a request header (Authorization or X-API-Key); if a cookie is required, set SameSite=Strict, Secure, HttpOnly and require an anti-CSRF token.");
    }

    @Override
    public void check(AuditContext ctx) {
        for (SecurityScheme s : ctx.model().securitySchemes().values()) {
            if (s.isApiKey() && s.in().equals("cookie")) {
                ctx.report(at(s.node(), "in"), "API key '" + s.parameterName() + "' of scheme '" + s.name() + "' is sent in a cookie, exposing the API to CSRF");
            }
        }
    }

    private static Node at(ObjectNode n, String key) {
        return n.has(key) ? n.get(key) : n;
    }
}
