package dev.rampart.audit.rules.api2;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.OAuthFlow;
import dev.rampart.core.model.SecurityScheme;
import dev.rampart.core.spec.Node;
import dev.rampart.core.spec.ObjectNode;

/** Authentication endpoint over plain HTTP. */
public final class InsecureAuthUrlRule extends AbstractRule {
    public InsecureAuthUrlRule() {
        super("auth-insecure-auth-url", OwaspCategory.API2, 319, Severity.HIGH, "Authentication endpoint over plain HTTP",
                "An OAuth2 authorization, token or refresh URL, or an OpenID Connect discovery URL, served over http:// exposes credentials, codes and tokens to anyone on the network path and lets them tamper with discovery metadata.",
                "Serve every authorization, token, refresh and OpenID Connect discovery URL over https://.");
    }

    @Override
    public void check(AuditContext ctx) {
        for (SecurityScheme s : ctx.model().securitySchemes().values()) {
            if (s.type().equals("openIdConnect")) {
                check(ctx, s, s.node(), "openIdConnectUrl");
            }
            for (OAuthFlow f : s.flows()) {
                check(ctx, s, f.node(), "authorizationUrl");
                check(ctx, s, f.node(), "tokenUrl");
                check(ctx, s, f.node(), "refreshUrl");
            }
        }
    }

    private static void check(AuditContext ctx, SecurityScheme s, ObjectNode n, String key) {
        String url = n.text(key).orElse("").trim();
        if (url.regionMatches(true, 0, "http://", 0, 7)) {
            ctx.report(n.get(key), key + " of security scheme '" + s.name() + "' uses plain HTTP: " + url);
        }
    }

    private static Node at(ObjectNode n, String key) {
        return n.has(key) ? n.get(key) : n;
    }
}
