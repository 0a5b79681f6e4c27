package dev.rampart.core.model;

import dev.rampart.core.spec.Node;
import java.util.List;

/** The body an operation accepts, per media type. In Swagger 2.0 built from "body" or "formData" parameters. */
public record RequestBody(Node node, boolean required, List<MediaType> content) {
}
