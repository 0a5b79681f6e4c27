package dev.rampart.audit.rules.api4;

import dev.rampart.audit.AuditContext;
import dev.rampart.audit.rules.RuleSupport;
import dev.rampart.core.model.Operation;
import dev.rampart.core.model.Parameter;
import dev.rampart.core.model.Schema;
import dev.rampart.core.model.SchemaWalker;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Walks the input schemas of every operation (non-body parameters and request bodies), each distinct schema once. */
final class Inputs {
    private Inputs() {
    }

    /** Receives one input schema: the operation it was first reached from, its parameter (null inside a body) and its name. */
    @FunctionalInterface
    interface Visitor {
        void visit(Operation op, Parameter param, Schema schema, String name);
    }

    /** Formats whose values have a bounded length by definition. */
    static final Set<String> BOUNDED_FORMATS = Set.of("date", "date-time", "time", "uuid", "ipv4", "ipv6", "int32", "int64",
            "duration", "byte-size");
    static final Set<String> BINARY_FORMATS = Set.of("binary", "byte", "base64");
    private static final Pattern UNBOUNDED_REPETITION = Pattern.compile("(?<!\\\\)[*+]|\\{\\d+,\\}");

    /** Walks inputs; path parameters are skipped unless asked for (their length is bounded by the request line). */
    static void walk(AuditContext ctx, boolean includePathParameters, Visitor v) {
        SchemaWalker walker = new SchemaWalker();
        for (Operation op : ctx.model().operations()) {
            if (op.webhook()) {
                continue;
            }
            for (Parameter p : RuleSupport.nonBodyParameters(op)) {
                if (p.inPath() && !includePathParameters || p.schema().isEmpty()) {
                    continue;
                }
                Schema root = p.schema().get();
                walker.walk(root, (s, name) -> v.visit(op, p, s, s == root || name.isEmpty() && s.equals(root) ? p.name() : name));
            }
            for (Schema root : RuleSupport.requestSchemas(op)) {
                walker.walk(root, (s, name) -> v.visit(op, null, s, name));
            }
        }
    }

    /** "parameter 'q'", "property 'name' of schema 'User'", "request body schema". */
    static String describe(Parameter param, Schema s, String name) {
        if (param != null && s.node() == param.node() || param != null && name.equals(param.name())) {
            return param.in() + " parameter '" + param.name() + "'";
        }
        String owner = RuleSupport.componentName(s);
        String what = name.isEmpty() ? (param != null ? "items of parameter '" + param.name() + "'" : "request body schema")
                : "property '" + name + "'";
        return owner.isEmpty() || owner.equals(name) ? what : what + " (in schema '" + owner + "')";
    }


    static String format(Schema s) {
        return s.format().toLowerCase(Locale.ROOT);
    }

    /** An anchored pattern without unbounded repetition ("^[a-z]{1,20}$") bounds the length. */
    static boolean boundedPattern(Schema s) {
        String p = s.text("pattern").orElse("").trim();
        return p.startsWith("^") && p.endsWith("$") && !UNBOUNDED_REPETITION.matcher(p).find();
    }
}
