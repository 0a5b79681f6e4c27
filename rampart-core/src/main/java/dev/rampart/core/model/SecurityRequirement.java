package dev.rampart.core.model;

import dev.rampart.core.spec.Node;
import java.util.List;
import java.util.Map;

/**
 * One alternative of a security requirement list: every named scheme must be satisfied, with the
 * listed scopes. An empty requirement ({@code {}}) means anonymous access is allowed.
 */
public record SecurityRequirement(Node node, Map<String, List<String>> schemes) {

    public boolean isAnonymous() {
        return schemes.isEmpty();
    }
}
