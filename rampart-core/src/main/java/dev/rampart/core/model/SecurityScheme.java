package dev.rampart.core.model;

import dev.rampart.core.spec.ObjectNode;
import java.util.List;
import java.util.Locale;

/**
 * A security scheme, normalised over 2.0 and 3.x: Swagger 2.0 "basic" becomes type "http" with
 * scheme "basic".
 *
 * @param name          key under components.securitySchemes (or securityDefinitions)
 * @param type          apiKey, http, oauth2, openIdConnect, mutualTLS
 * @param scheme        for http: basic, bearer, digest, ... (lower case); "" otherwise
 * @param bearerFormat  for http bearer, e.g. JWT; "" when absent
 * @param in            for apiKey: header, query, cookie
 * @param parameterName for apiKey: the header, query or cookie name
 * @param openIdConnectUrl for openIdConnect
 */
public record SecurityScheme(String name, ObjectNode node, String type, String scheme, String bearerFormat, String in,
        String parameterName, String openIdConnectUrl, List<OAuthFlow> flows) {

    public boolean isHttp(String httpScheme) {
        return type.equals("http") && scheme.equals(httpScheme.toLowerCase(Locale.ROOT));
    }

    public boolean isApiKey() {
        return type.equals("apiKey");
    }

    public boolean isOAuth2() {
        return type.equals("oauth2");
    }
}
