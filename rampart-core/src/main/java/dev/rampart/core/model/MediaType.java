package dev.rampart.core.model;

import dev.rampart.core.spec.Node;
import java.util.Optional;

/** One media type of a request body or response ("application/json") and its schema. */
public record MediaType(String name, Node node, Optional<Schema> schema) {

    public boolean isJson() {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.contains("json") || n.equals("*/*");
    }

    public boolean isMultipartOrBinary() {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.startsWith("multipart/") || n.equals("application/octet-stream") || n.startsWith("image/")
                || n.startsWith("video/") || n.startsWith("audio/");
    }
}
