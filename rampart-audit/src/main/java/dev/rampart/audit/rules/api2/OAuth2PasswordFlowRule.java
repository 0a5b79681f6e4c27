package dev.rampart.audit.rules.api2;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.OAuthFlow;
import dev.rampart.core.model.SecurityScheme;
import dev.rampart.core.spec.Node;
import dev.rampart.core.spec.ObjectNode;

/** OAuth2 resource owner password flow. */
public final class OAuth2PasswordFlowRule extends AbstractRule {
    public OAuth2PasswordFlowRule() {
        super("auth-oauth2-password-flow", OwaspCategory.API2, 1390, Severity.MEDIUM, "OAuth2 resource owner password flow",
                "The password grant hands the user's credentials to the client application, defeats MFA and federated login, and trains users to type passwords into third-party apps; RFC 9700 forbids it.",
                "Use the authorization code flow with PKCE (or client credentials for machine-to-machine) and remove the password flow.");
    }

    @Override
    public void check(AuditContext ctx) {
        for (SecurityScheme s : ctx.model().securitySchemes().values()) {
            if (!s.isOAuth2()) {
                continue;
            }
            for (OAuthFlow f : s.flows()) {
                if (f.type().equals("password")) {
                    Node n = f.node().has("flow") ? f.node().get("flow") : f.node();
                    ctx.report(n, "OAuth2 scheme '" + s.name() + "' allows the resource owner password flow");
                }
            }
        }
    }

    private static Node at(ObjectNode n, String key) {
        return n.has(key) ? n.get(key) : n;
    }
}
