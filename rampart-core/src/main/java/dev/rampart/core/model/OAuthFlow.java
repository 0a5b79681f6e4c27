package dev.rampart.core.model;

import dev.rampart.core.spec.ObjectNode;
import java.util.Map;

/**
 * One OAuth2 flow of a security scheme. Swagger 2.0 names are mapped to OpenAPI 3's:
 * "application" is clientCredentials, "accessCode" is authorizationCode.
 *
 * @param type   implicit, password, clientCredentials, authorizationCode (or deviceAuthorization)
 * @param scopes scope name to description
 */
public record OAuthFlow(String type, ObjectNode node, String authorizationUrl, String tokenUrl, String refreshUrl,
        Map<String, String> scopes) {
}
