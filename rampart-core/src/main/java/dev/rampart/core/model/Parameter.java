package dev.rampart.core.model;

import dev.rampart.core.spec.ObjectNode;
import java.util.Optional;

/**
 * An operation parameter (path, query, header, cookie; Swagger 2.0 "formData" and "body" become
 * part of the request body instead).
 */
public record Parameter(String name, String in, boolean required, boolean deprecated, ObjectNode node,
        Optional<Schema> schema) {

    public boolean inPath() {
        return in.equals("path");
    }

    public boolean inQuery() {
        return in.equals("query");
    }
}
