package dev.rampart.audit.rules.api3;

import dev.rampart.audit.AuditContext;
import dev.rampart.audit.rules.RuleSupport;
import dev.rampart.core.model.MediaType;
import dev.rampart.core.model.Operation;
import dev.rampart.core.model.Response;
import dev.rampart.core.model.Schema;
import dev.rampart.core.model.SchemaWalker;
import dev.rampart.core.spec.Node;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Walks the object schemas of request bodies or of successful responses, each distinct schema once
 * (a component used by fifty operations is seen once, from the first operation that reaches it),
 * and hands over each declared property with the node to report it at.
 */
final class Properties {
    private Properties() {
    }

    @FunctionalInterface
    interface SchemaVisitor {
        void visit(Operation op, Schema schema);
    }

    @FunctionalInterface
    interface PropertyVisitor {
        void visit(Operation op, Schema owner, String name, Schema property, Node at);
    }

    /** Every schema reachable from request bodies of operations that pass {@code ops}; JSON bodies only if asked. */
    static void requestSchemas(AuditContext ctx, boolean jsonOnly, Predicate<Operation> ops, SchemaVisitor v) {
        SchemaWalker walker = new SchemaWalker();
        for (Operation op : ctx.model().operations()) {
            if (op.webhook() || op.requestBody().isEmpty() || !ops.test(op)) {
                continue;
            }
            for (MediaType mt : op.requestBody().get().content()) {
                if (mt.schema().isPresent() && (!jsonOnly || mt.isJson())) {
                    walker.walk(mt.schema().get(), (s, name) -> v.visit(op, s));
                }
            }
        }
    }

    /** Every schema reachable from successful (2xx) responses of operations that pass {@code ops}. */
    static void responseSchemas(AuditContext ctx, Predicate<Operation> ops, SchemaVisitor v) {
        SchemaWalker walker = new SchemaWalker();
        for (Operation op : ctx.model().operations()) {
            if (op.webhook() || !ops.test(op)) {
                continue;
            }
            for (Response r : op.responses()) {
                if (!r.isSuccess()) {
                    continue;
                }
                for (MediaType mt : r.content()) {
                    mt.schema().ifPresent(root -> walker.walk(root, (s, name) -> v.visit(op, s)));
                }
            }
        }
    }

    /** Calls {@code v} for each property a schema declares itself (composed parts are schemas of their own). */
    static void eachProperty(Operation op, Schema owner, PropertyVisitor v) {
        for (Map.Entry<String, Schema> e : owner.properties().entrySet()) {
            Node at = owner.propertyNode(e.getKey()).orElse(e.getValue().node());
            v.visit(op, owner, e.getKey(), e.getValue(), at);
        }
    }

    /** "property 'role' of schema 'User'" or "property 'role'" for inline schemas. */
    static String describe(Schema owner, String name) {
        String c = RuleSupport.componentName(owner);
        return c.isEmpty() ? "property '" + name + "'" : "property '" + name + "' of schema '" + c + "'";
    }

    /**
     * " in the response of GET /x" for inline schemas; "" for component schemas, which are reported once
     * however many operations use them (the finding's location still names the first one).
     */
    static String where(Schema owner, String part, Operation op) {
        return RuleSupport.componentName(owner).isEmpty() ? " in the " + part + " of " + op.label() : "";
    }


    static String key(String name) {
        return RuleSupport.normalize(name);
    }
}
