package dev.rampart.core.model;

import dev.rampart.core.spec.ArrayNode;
import dev.rampart.core.spec.Node;
import dev.rampart.core.spec.ObjectNode;
import dev.rampart.core.spec.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A view of a JSON Schema (OpenAPI flavour) over its node, with every {@code $ref} followed.
 *
 * <p>In Swagger 2.0 a non-body parameter carries its schema keywords inline ({@code type},
 * {@code maxLength}, {@code items}), so the parameter node itself is viewed as the schema.
 */
public final class Schema {
    private final ObjectNode node;

    private Schema(ObjectNode node) {
        this.node = node;
    }

    /** The schema at this node, following references; a boolean schema or non-object gives empty. */
    public static Optional<Schema> of(Node node) {
        if (node instanceof ObjectNode o && o.derefObject() != null) {
            return Optional.of(new Schema(o.derefObject()));
        }
        return Optional.empty();
    }

    /** The (dereferenced) node of this schema, for locations. */
    public ObjectNode node() {
        return node;
    }

    /** Types named by {@code type} (a string, or in 3.1 an array), without "null". Empty when untyped. */
    public Set<String> types() {
        Node t = node.get("type");
        if (t instanceof ScalarNode s && s.isString()) {
            return Set.of(s.text());
        }
        if (t instanceof ArrayNode a) {
            java.util.Set<String> out = new java.util.LinkedHashSet<>();
            for (Node n : a) {
                if (!n.text().isEmpty() && !n.text().equals("null")) {
                    out.add(n.text());
                }
            }
            return out;
        }
        return Set.of();
    }

    public boolean hasType(String type) {
        return types().contains(type);
    }

    /** True for an object schema: typed "object", or untyped with properties. */
    public boolean isObject() {
        return hasType("object") || types().isEmpty() && (node.has("properties") || node.has("additionalProperties"));
    }

    public boolean isArray() {
        return hasType("array") || types().isEmpty() && node.has("items");
    }

    public boolean isString() {
        return hasType("string");
    }

    public boolean isNumeric() {
        return hasType("integer") || hasType("number");
    }

    public String format() {
        return node.text("format").orElse("");
    }

    public Optional<String> text(String keyword) {
        return node.text(keyword);
    }

    public OptionalDouble number(String keyword) {
        return node.number(keyword);
    }

    public boolean has(String keyword) {
        return node.has(keyword);
    }

    public boolean flag(String keyword) {
        return node.bool(keyword);
    }

    public boolean hasEnumOrConst() {
        return node.has("enum") || node.has("const");
    }

    /** Properties in document order. */
    public Map<String, Schema> properties() {
        Map<String, Schema> out = new LinkedHashMap<>();
        node.object("properties").ifPresent(props -> {
            for (var e : props.entries()) {
                of(e.getValue()).ifPresent(s -> out.put(e.getKey(), s));
            }
        });
        return out;
    }

    /** The node of the {@code properties} keyword's entry for a property, for locations. */
    public Optional<Node> propertyNode(String name) {
        return node.object("properties").map(p -> p.get(name));
    }

    public List<String> required() {
        List<String> out = new ArrayList<>();
        node.array("required").ifPresent(a -> a.forEach(n -> {
            if (!n.text().isEmpty()) {
                out.add(n.text());
            }
        }));
        return out;
    }

    public Optional<Schema> items() {
        Node items = node.get("items");
        return items == null ? Optional.empty() : of(items);
    }

    /** The raw {@code additionalProperties} node (boolean or schema), when present. */
    public Optional<Node> additionalProperties() {
        return Optional.ofNullable(node.get("additionalProperties"));
    }

    /** Subschemas of allOf, oneOf and anyOf. */
    public List<Schema> composed(String keyword) {
        List<Schema> out = new ArrayList<>();
        node.array(keyword).ifPresent(a -> a.forEach(n -> of(n).ifPresent(out::add)));
        return out;
    }

    /** Direct subschemas: properties, items, additionalProperties, composition, not. */
    public List<Schema> children() {
        List<Schema> out = new ArrayList<>(properties().values());
        items().ifPresent(out::add);
        node.array("prefixItems").ifPresent(a -> a.forEach(n -> of(n).ifPresent(out::add)));
        additionalProperties().flatMap(Schema::of).ifPresent(out::add);
        out.addAll(composed("allOf"));
        out.addAll(composed("oneOf"));
        out.addAll(composed("anyOf"));
        Node not = node.get("not");
        if (not != null) {
            of(not).ifPresent(out::add);
        }
        return out;
    }

    /**
     * Every property declared by this schema or by its allOf/oneOf/anyOf parts, following
     * composition (but not nested objects): the shape of the object as a client sees it.
     */
    public Map<String, Schema> allProperties() {
        Map<String, Schema> out = new LinkedHashMap<>();
        collectProperties(this, out, new java.util.IdentityHashMap<>(), 0);
        return out;
    }

    private static void collectProperties(Schema s, Map<String, Schema> out, Map<ObjectNode, Boolean> seen, int depth) {
        if (depth > 32 || seen.put(s.node, Boolean.TRUE) != null) {
            return;
        }
        s.properties().forEach(out::putIfAbsent);
        for (String k : List.of("allOf", "oneOf", "anyOf")) {
            for (Schema part : s.composed(k)) {
                collectProperties(part, out, seen, depth + 1);
            }
        }
    }

    /** True when the schema says nothing about its shape: no type, properties, items, composition or enum. */
    public boolean isFreeForm() {
        for (String k : List.of("type", "properties", "items", "allOf", "oneOf", "anyOf", "enum", "const", "$ref", "not", "format")) {
            if (node.has(k)) {
                return false;
            }
        }
        return !node.isBrokenRef();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Schema s && s.node == node;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(node);
    }
}
