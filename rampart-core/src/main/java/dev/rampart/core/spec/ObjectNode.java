package dev.rampart.core.spec;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A mapping from field names to nodes, in document order.
 *
 * <p>Most objects in a spec have a handful of fields, so they are kept in two parallel arrays and
 * looked up linearly; an index is built only for large objects (paths, components, properties).
 * This keeps a 12 MB spec's tree well under a gigabyte.
 */
public final class ObjectNode extends Node {
    private static final int INDEX_THRESHOLD = 12;

    private String[] keys;
    private Node[] values;
    private int size;
    private Map<String, Integer> index;

    /** Set when the spec is resolved: the node this {@code $ref} finally points to (never another $ref). */
    Node refTarget;

    ObjectNode(SourceDocument document, int line, int column) {
        super(document, line, column);
        keys = new String[4];
        values = new Node[4];
    }

    /** Adds or replaces a field (the last of duplicate keys wins, as in most JSON parsers). */
    void put(String name, Node value) {
        value.parent = this;
        value.key = name;
        int i = indexOf(name);
        if (i >= 0) {
            values[i] = value;
            return;
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        keys[size] = name;
        values[size] = value;
        if (index != null) {
            index.put(name, size);
        } else if (size + 1 > INDEX_THRESHOLD) {
            index = new HashMap<>(size * 2);
            for (int k = 0; k <= size; k++) {
                index.put(keys[k], k);
            }
        }
        size++;
    }

    void trim() {
        if (keys.length != size) {
            keys = Arrays.copyOf(keys, size);
            values = Arrays.copyOf(values, size);
        }
    }

    private int indexOf(String name) {
        if (index != null) {
            Integer i = index.get(name);
            return i == null ? -1 : i;
        }
        for (int i = 0; i < size; i++) {
            if (keys[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public boolean has(String name) {
        return indexOf(name) >= 0;
    }

    /** The field's node, or {@code null} when absent. */
    public Node get(String name) {
        int i = indexOf(name);
        return i < 0 ? null : values[i];
    }

    /** Field names in document order. */
    public List<String> keys() {
        return List.of(Arrays.copyOf(keys, size));
    }

    /** Fields in document order. */
    public List<Map.Entry<String, Node>> entries() {
        List<Map.Entry<String, Node>> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(new AbstractMap.SimpleImmutableEntry<>(keys[i], values[i]));
        }
        return out;
    }

    /** The field as an object, following a {@code $ref} if the field is one. */
    public Optional<ObjectNode> object(String name) {
        Node n = get(name);
        if (n instanceof ObjectNode o) {
            Node t = o.deref();
            return t instanceof ObjectNode to ? Optional.of(to) : Optional.empty();
        }
        return Optional.empty();
    }

    public Optional<ArrayNode> array(String name) {
        return get(name) instanceof ArrayNode a ? Optional.of(a) : Optional.empty();
    }

    /** The field's string value; numbers and booleans are given as written (YAML often leaves versions unquoted). */
    public Optional<String> text(String name) {
        Node n = get(name);
        if (n instanceof ScalarNode s && !s.isNull()) {
            return Optional.of(s.asString());
        }
        return Optional.empty();
    }

    public boolean bool(String name) {
        return get(name) instanceof ScalarNode s && s.asBoolean();
    }

    public OptionalDouble number(String name) {
        if (get(name) instanceof ScalarNode s && s.isNumber()) {
            return OptionalDouble.of(s.asDouble());
        }
        return OptionalDouble.empty();
    }

    /** True when this object is a reference ({@code {"$ref": "..."}}). */
    public boolean isRef() {
        return get("$ref") instanceof ScalarNode s && s.isString();
    }

    /** The reference text, or "" when this is not a reference. */
    public String ref() {
        return isRef() ? get("$ref").text() : "";
    }

    /** True when this is a reference that the resolver could not follow. */
    public boolean isBrokenRef() {
        return isRef() && refTarget == null;
    }

    /**
     * The node this object stands for: itself, or for a {@code $ref} the final target of the
     * reference chain. A reference that could not be resolved stands for itself.
     */
    public Node deref() {
        return refTarget != null ? refTarget : this;
    }

    /** Like {@link #deref()}, but only when the target is an object; otherwise this node. */
    public ObjectNode derefObject() {
        return refTarget instanceof ObjectNode o ? o : this;
    }
}
