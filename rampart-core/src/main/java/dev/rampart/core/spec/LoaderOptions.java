package dev.rampart.core.spec;

import java.time.Duration;

/**
 * Limits and switches for {@link SpecLoader}. Every limit exists so that hostile input (a YAML
 * alias bomb, a 100 MB document, deeply nested arrays) fails fast with a clear error instead of
 * eating the machine.
 *
 * @param maxDocumentBytes largest document accepted, in bytes
 * @param maxNodes         largest number of nodes after YAML aliases are expanded, over all documents
 * @param maxDepth         deepest nesting of objects and arrays
 * @param maxYamlAliases   most aliases to collections a YAML document may use
 * @param allowRemoteRefs  whether http(s) {@code $ref}s are fetched
 * @param remoteTimeout    connect and read timeout for a remote {@code $ref}
 * @param maxDocuments     most documents (root plus external references) one spec may pull in
 */
public record LoaderOptions(
        long maxDocumentBytes,
        long maxNodes,
        int maxDepth,
        int maxYamlAliases,
        boolean allowRemoteRefs,
        Duration remoteTimeout,
        int maxDocuments) {

    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;

    public static LoaderOptions defaults() {
        return new LoaderOptions(DEFAULT_MAX_DOCUMENT_BYTES, 20_000_000L, 500, 1000, false, Duration.ofSeconds(10), 200);
    }

    public LoaderOptions withAllowRemoteRefs(boolean allow) {
        return new LoaderOptions(maxDocumentBytes, maxNodes, maxDepth, maxYamlAliases, allow, remoteTimeout, maxDocuments);
    }

    public LoaderOptions withMaxDocumentBytes(long bytes) {
        return new LoaderOptions(bytes, maxNodes, maxDepth, maxYamlAliases, allowRemoteRefs, remoteTimeout, maxDocuments);
    }
}
