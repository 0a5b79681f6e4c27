package dev.rampart.audit.rules.api8;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.audit.rules.RuleSupport;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.MediaType;
import dev.rampart.core.model.Operation;
import dev.rampart.core.model.Response;
import dev.rampart.core.model.Schema;
import dev.rampart.core.spec.Node;
import dev.rampart.core.spec.ObjectNode;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Error response schemas with fields for stack traces, exceptions, SQL or debug data. */
public final class ErrorInternalsLeakRule extends AbstractRule {
    private static final Set<String> INTERNAL = Set.of("stack", "stack_trace", "stacktrace", "backtrace", "trace",
            "exception", "exception_class", "exception_type", "exception_message", "sql", "sql_state", "query",
            "debug", "debug_info", "file", "file_name", "line_number", "internal_error", "cause");
    /** Properties of an error object whose value is itself part of the error (one level down). */
    private static final Set<String> NESTED = Set.of("error", "errors", "details", "detail", "debug", "meta", "cause");

    public ErrorInternalsLeakRule() {
        super("errors-leak-internals", OwaspCategory.API8, 209, Severity.MEDIUM,
                "Error response exposes internal details",
                "An error schema with fields such as a stack trace, exception class, SQL text or source file tells "
                        + "attackers which frameworks, queries and code paths sit behind the API and turns every "
                        + "provoked error into reconnaissance.",
                "Return only a stable error code, a human-readable message and a correlation id to clients; log "
                        + "stack traces, exceptions and queries server-side and remove those fields from the error schema.");
    }

    @Override
    public void check(AuditContext ctx) {
        Map<ObjectNode, String> names = new IdentityHashMap<>();
        ctx.model().schemas().forEach((n, s) -> names.putIfAbsent(s.node(), n));
        Map<ObjectNode, Boolean> seenSchemas = new IdentityHashMap<>();
        Map<Node, Boolean> reported = new IdentityHashMap<>();
        for (Operation op : ctx.model().pathOperations()) {
            for (Response r : op.responses()) {
                if (!ErrorStatus.isError(r)) {
                    continue;
                }
                for (MediaType mt : r.content()) {
                    mt.schema().ifPresent(s -> inspect(ctx, op, r, s, names, seenSchemas, reported, 0));
                }
            }
        }
    }

    private void inspect(AuditContext ctx, Operation op, Response r, Schema s, Map<ObjectNode, String> names,
            Map<ObjectNode, Boolean> seen, Map<Node, Boolean> reported, int depth) {
        if (s.isArray()) {
            s.items().ifPresent(i -> inspect(ctx, op, r, i, names, seen, reported, depth));
            return;
        }
        if (depth > 1 || seen.put(s.node(), Boolean.TRUE) != null) {
            return;
        }
        collect(ctx, op, r, s, names, seen, reported, depth, 0);
    }

    /** Walks the properties of a schema and of its allOf/oneOf/anyOf parts. */
    private void collect(AuditContext ctx, Operation op, Response r, Schema s, Map<ObjectNode, String> names,
            Map<ObjectNode, Boolean> seen, Map<Node, Boolean> reported, int depth, int partDepth) {
        if (partDepth > 8) {
            return;
        }
        s.node().object("properties").ifPresent(props -> {
            for (var e : props.entries()) {
                String key = e.getKey();
                String norm = RuleSupport.normalize(key);
                Node at = e.getValue();
                if (INTERNAL.contains(norm) && reported.put(at, Boolean.TRUE) == null) {
                    String owner = names.containsKey(s.node()) ? "schema '" + names.get(s.node()) + "'"
                            : "the " + r.status() + " response of " + op.label();
                    ctx.report(op, at, "error property '" + key + "' of " + owner
                            + " can expose internal details (stack traces, exceptions, queries, files) to clients");
                }
                if (NESTED.contains(norm)) {
                    Schema.of(at).ifPresent(child -> inspect(ctx, op, r, child, names, seen, reported, depth + 1));
                }
            }
        });
        for (String k : List.of("allOf", "oneOf", "anyOf")) {
            for (Schema part : s.composed(k)) {
                collect(ctx, op, r, part, names, seen, reported, depth, partDepth + 1);
            }
        }
    }
}
