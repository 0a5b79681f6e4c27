package dev.rampart.audit.rules.api3;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.MediaType;
import dev.rampart.core.model.Operation;
import dev.rampart.core.model.Response;
import dev.rampart.core.model.Schema;
import dev.rampart.core.spec.Node;
import dev.rampart.core.spec.ObjectNode;
import dev.rampart.core.spec.ScalarNode;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Successful JSON responses whose shape is undocumented: no schema, or a free-form object. */
public final class FreeFormResponseRule extends AbstractRule {
    private static final List<String> SHAPE = List.of("properties", "items", "allOf", "oneOf", "anyOf", "$ref", "enum", "const",
            "not", "patternProperties");

    public FreeFormResponseRule() {
        super("exposure-free-form-response", OwaspCategory.API3, 213, Severity.LOW,
                "Successful response has no defined shape",
                "A JSON response with no schema, or a free-form object schema, means whatever the server serialises is returned: "
                        + "internal fields, secrets and other users' data leak unnoticed, and nothing can check the output.",
                "Document every successful JSON response with a schema that declares its properties (additionalProperties: false "
                        + "where practical) and serialise responses from dedicated output models.");
    }

    @Override
    public void check(AuditContext ctx) {
        Map<Node, Boolean> seen = new IdentityHashMap<>();
        for (Operation op : ctx.model().operations()) {
            if (op.webhook()) {
                continue;
            }
            for (Response r : op.responses()) {
                if (!r.isSuccess() || r.status().equals("204")) {
                    continue;
                }
                for (MediaType mt : r.content()) {
                    if (!mt.isJson()) {
                        continue;
                    }
                    if (mt.schema().isEmpty()) {
                        if (seen.put(mt.node(), Boolean.TRUE) == null) {
                            ctx.report(op, mt.node(), r.status() + " " + mt.name() + " response of " + op.label() + " has no schema");
                        }
                    } else if (freeForm(mt.schema().get()) && seen.put(mt.schema().get().node(), Boolean.TRUE) == null) {
                        ctx.report(op, mt.schema().get().node(), r.status() + " " + mt.name() + " response of " + op.label()
                                + " is a free-form object: any field can be returned");
                    }
                }
            }
        }
    }

    private static boolean freeForm(Schema s) {
        if (!(s.types().isEmpty() || s.hasType("object") && s.types().size() == 1) || s.node().isBrokenRef()) {
            return false;
        }
        for (String k : SHAPE) {
            if (s.has(k)) {
                return false;
            }
        }
        Node ap = s.additionalProperties().orElse(null);
        if (ap == null || ap instanceof ScalarNode b && b.isBoolean() && b.asBoolean()) {
            return s.hasType("object") || s.types().isEmpty() && !s.has("format");
        }
        return ap instanceof ObjectNode o && o.derefObject() != null && o.derefObject().isEmpty();
    }
}
