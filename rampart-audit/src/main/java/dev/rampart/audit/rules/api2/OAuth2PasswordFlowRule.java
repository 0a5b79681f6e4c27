package dev.rampart.audit.rules.api2;

/** OAuth2 resource owner password flow. */
public final class OAuth2PasswordFlowRule extends OAuth2FlowRule {
    public OAuth2PasswordFlowRule() {
        super("auth-oauth2-password-flow", "password", "resource owner password flow", "OAuth2 resource owner password flow",
                "The password grant hands the user's credentials to the client application, defeats MFA and federated login, and trains users to type passwords into third-party apps; RFC 9700 forbids it.",
                "Use the authorization code flow with PKCE (or client credentials for machine-to-machine) and remove the password flow.");
    }
}
