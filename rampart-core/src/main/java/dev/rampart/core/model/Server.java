package dev.rampart.core.model;

import dev.rampart.core.spec.Node;

/** A server URL (in 2.0 built from schemes, host and basePath), with server variables' defaults substituted. */
public record Server(String url, String rawUrl, Node node) {
}
