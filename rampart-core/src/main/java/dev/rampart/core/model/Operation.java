package dev.rampart.core.model;

import dev.rampart.core.spec.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One operation (method + path template), with path-level parameters merged in and every
 * reference followed.
 *
 * @param path             the path template as written ("/users/{id}"), or the webhook name
 * @param method           upper case ("GET")
 * @param declaredSecurity the operation's own {@code security}, when it has one
 * @param security         what applies: the operation's own, else the document's; empty list = no security
 * @param webhook          true for a 3.1 webhook (called by the API, not on it)
 */
public record Operation(
        String path,
        String method,
        ObjectNode node,
        ObjectNode pathItem,
        String operationId,
        String summary,
        List<String> tags,
        boolean deprecated,
        List<Parameter> parameters,
        Optional<RequestBody> requestBody,
        List<Response> responses,
        Optional<List<SecurityRequirement>> declaredSecurity,
        List<SecurityRequirement> security,
        boolean webhook) {

    /** "GET /users/{id}". */
    public String label() {
        return method + " " + path;
    }

    public boolean isRead() {
        return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    }

    public boolean isWrite() {
        return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    }

    /**
     * True when some security applies and it cannot be skipped: at least one requirement, and
     * none of them the empty (anonymous) one.
     */
    public boolean isSecured() {
        return !security.isEmpty() && security.stream().noneMatch(SecurityRequirement::isAnonymous);
    }

    public Optional<Response> response(String status) {
        return responses.stream().filter(r -> r.status().equalsIgnoreCase(status)).findFirst();
    }

    /** True when a response is documented for this exact code, its class ("4XX") or, if asked, "default". */
    public boolean documents(String status, boolean defaultCounts) {
        String cls = status.charAt(0) + "XX";
        return responses.stream().anyMatch(r -> r.status().equals(status) || r.status().equalsIgnoreCase(cls)
                || defaultCounts && r.isDefault());
    }

    public List<Parameter> parameters(String in) {
        return parameters.stream().filter(p -> p.in().equals(in)).toList();
    }

    /** Lower-case text to match names against: path, operationId, summary. */
    public String searchText() {
        return (path + " " + operationId + " " + summary).toLowerCase(Locale.ROOT);
    }
}
