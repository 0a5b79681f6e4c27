package dev.rampart.core.model;

import dev.rampart.core.spec.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Visits every schema reachable from the roots it is given, each exactly once, however often it is
 * referenced and even when schemas recurse. One walker shared over many roots means a component
 * schema used by fifty operations is visited (and reported) once, at its definition.
 */
public final class SchemaWalker {
    /** Called once per distinct schema with the name of the property it was first reached through ("" for roots and items). */
    @FunctionalInterface
    public interface Visitor {
        void visit(Schema schema, String propertyName);
    }

    private final Map<ObjectNode, Boolean> seen = new IdentityHashMap<>();

    /** Walks from {@code root}; returns without visiting schemas this walker has already seen. */
    public void walk(Schema root, Visitor visitor) {
        Deque<Object[]> stack = new ArrayDeque<>();
        stack.push(new Object[] {root, ""});
        while (!stack.isEmpty()) {
            Object[] top = stack.pop();
            Schema s = (Schema) top[0];
            if (seen.put(s.node(), Boolean.TRUE) != null) {
                continue;
            }
            visitor.visit(s, (String) top[1]);
            for (Schema child : s.children()) {
                if (!seen.containsKey(child.node())) {
                    stack.push(new Object[] {child, ""});
                }
            }
            // Pushed last so they are popped first: a schema reached as a property is named by it.
            for (var e : s.properties().entrySet()) {
                stack.push(new Object[] {e.getValue(), e.getKey()});
            }
        }
    }

    /** True when the walker has visited this schema. */
    public boolean seen(Schema s) {
        return seen.containsKey(s.node());
    }
}
