package dev.rampart.audit.rules.api2;

/** OAuth2 implicit flow. */
public final class OAuth2ImplicitFlowRule extends OAuth2FlowRule {
    public OAuth2ImplicitFlowRule() {
        super("auth-oauth2-implicit-flow", "implicit", "implicit flow", "OAuth2 implicit flow",
                "The implicit flow returns the access token in the redirect URI fragment, where it leaks through browser history, Referer and injected scripts, with no sender binding; OAuth 2.0 Security BCP (RFC 9700) deprecates it.",
                "Use the authorization code flow with PKCE for browser and native clients, and drop the implicit flow.");
    }
}
