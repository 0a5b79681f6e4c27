package dev.rampart.core.spec;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A loaded OpenAPI document with every {@code $ref} resolved: the root document, the external
 * documents it pulled in, and the references that could not be followed.
 */
public final class Spec {
    private final SourceDocument root;
    private final Map<java.net.URI, SourceDocument> documents;
    private final List<UnresolvedRef> unresolvedRefs;
    private final SpecVersion version;
    private final String versionText;

    Spec(SourceDocument root, Map<java.net.URI, SourceDocument> documents, List<UnresolvedRef> unresolvedRefs,
            SpecVersion version, String versionText) {
        this.root = root;
        this.documents = documents;
        this.unresolvedRefs = List.copyOf(unresolvedRefs);
        this.version = version;
        this.versionText = versionText;
    }

    public SourceDocument rootDocument() {
        return root;
    }

    /** The root object of the root document. */
    public ObjectNode root() {
        return (ObjectNode) root.root();
    }

    /** All documents, the root first. */
    public Collection<SourceDocument> documents() {
        return documents.values();
    }

    public List<UnresolvedRef> unresolvedRefs() {
        return unresolvedRefs;
    }

    public SpecVersion version() {
        return version;
    }

    /** The version as written in the document ("2.0", "3.0.3", "3.1.0"). */
    public String versionText() {
        return versionText;
    }

    /** The name of the root document as given by the user. */
    public String name() {
        return root.displayName();
    }
}
