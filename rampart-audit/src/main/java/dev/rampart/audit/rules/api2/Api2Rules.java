package dev.rampart.audit.rules.api2;

import dev.rampart.audit.Rule;
import java.util.List;

/** The rules of this category, in the order they run and are listed. */
public final class Api2Rules {
    private Api2Rules() {
    }

    public static List<Rule> all() {
        return List.of(
                new OperationUnsecuredRule(),
                new SecurityOptOutRule(),
                new NoSecuritySchemesRule(),
                new HttpBasicAuthRule(),
                new HttpDigestAuthRule(),
                new ApiKeyInQueryRule(),
                new ApiKeyInCookieRule(),
                new OAuth2ImplicitFlowRule(),
                new OAuth2PasswordFlowRule(),
                new BearerFormatMissingRule(),
                new InsecureAuthUrlRule(),
                new Missing401Rule(),
                new CredentialsInUrlRule(),
                new LoginNoThrottlingRule());
    }
}
