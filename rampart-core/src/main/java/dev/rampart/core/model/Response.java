package dev.rampart.core.model;

import dev.rampart.core.spec.ObjectNode;
import java.util.List;

/** A documented response: its status code ("200", "4XX", "default"), node, content and header names. */
public record Response(String status, ObjectNode node, List<MediaType> content, List<String> headers) {

    public boolean isSuccess() {
        return status.startsWith("2");
    }

    public boolean isClientError() {
        return status.startsWith("4");
    }

    public boolean isDefault() {
        return status.equals("default");
    }
}
