package dev.rampart.audit.rules.api2;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.OAuthFlow;
import dev.rampart.core.model.SecurityScheme;
import dev.rampart.core.spec.Node;
import dev.rampart.core.spec.ObjectNode;

/** OAuth2 implicit flow. */
public final class OAuth2ImplicitFlowRule extends AbstractRule {
    public OAuth2ImplicitFlowRule() {
        super("auth-oauth2-implicit-flow", OwaspCategory.API2, 1390, Severity.MEDIUM, "OAuth2 implicit flow",
                "The implicit flow returns the access token in the redirect URI fragment, where it leaks through browser history, Referer and injected scripts, with no sender binding; OAuth 2.0 Security BCP (RFC 9700) deprecates it.",
                "Use the authorization code flow with PKCE for browser and native clients, and drop the implicit flow.");
    }

    @Override
    public void check(AuditContext ctx) {
        for (SecurityScheme s : ctx.model().securitySchemes().values()) {
            if (!s.isOAuth2()) {
                continue;
            }
            for (OAuthFlow f : s.flows()) {
                if (f.type().equals("implicit")) {
                    Node n = f.node().has("flow") ? f.node().get("flow") : f.node();
                    ctx.report(n, "OAuth2 scheme '" + s.name() + "' allows the implicit flow");
                }
            }
        }
    }

    private static Node at(ObjectNode n, String key) {
        return n.has(key) ? n.get(key) : n;
    }
}
