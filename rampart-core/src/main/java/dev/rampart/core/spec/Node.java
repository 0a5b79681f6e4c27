package dev.rampart.core.spec;

import dev.rampart.core.finding.Location;

/**
 * A node of a loaded spec document that remembers where it came from: the document, the line and
 * column of its first character (1-based), and its place in the tree (parent and key), so that any
 * finding can name file:line:column and the JSON pointer of the node it is about.
 *
 * <p>The tree is built once by {@link SpecLoader} and not changed afterwards, except that
 * {@link ObjectNode}s holding a {@code $ref} are linked to their target when the spec is resolved.
 * YAML aliases are expanded into copies, so every node has exactly one parent.
 */
public abstract sealed class Node permits ObjectNode, ArrayNode, ScalarNode {
    final SourceDocument document;
    final int line;
    final int column;
    Node parent;
    /** Field name in the parent object, or {@code null} when the parent is an array or there is none. */
    String key;
    int index = -1;

    Node(SourceDocument document, int line, int column) {
        this.document = document;
        this.line = line;
        this.column = column;
    }

    public SourceDocument document() {
        return document;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The enclosing node, or {@code null} for a document root. */
    public Node parent() {
        return parent;
    }

    /** The field name under which this node sits in its parent object; empty for array items and roots. */
    public String key() {
        return key == null ? "" : key;
    }

    /** RFC 6901 JSON pointer of this node inside its document, "" for the root. */
    public String pointer() {
        if (parent == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        appendPointer(sb);
        return sb.toString();
    }

    private void appendPointer(StringBuilder sb) {
        if (parent == null) {
            return;
        }
        parent.appendPointer(sb);
        sb.append('/');
        if (key != null) {
            sb.append(key.replace("~", "~0").replace("/", "~1"));
        } else {
            sb.append(index);
        }
    }

    /** Where this node is, for a finding. */
    public Location location() {
        return Location.inSpec(document.displayName(), line, column, pointer());
    }

    public boolean isObject() {
        return this instanceof ObjectNode;
    }

    public boolean isArray() {
        return this instanceof ArrayNode;
    }

    public boolean isScalar() {
        return this instanceof ScalarNode;
    }

    /** The text of a string scalar, or {@code ""} for anything else. */
    public String text() {
        return this instanceof ScalarNode s && s.value() instanceof String str ? str : "";
    }

    /** Nearest ancestor (or this node) that is an object; {@code null} when there is none. */
    public ObjectNode enclosingObject() {
        for (Node n = this; n != null; n = n.parent) {
            if (n instanceof ObjectNode o) {
                return o;
            }
        }
        return null;
    }
}
