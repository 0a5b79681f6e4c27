package dev.rampart.audit.rules.structure;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.Operation;
import dev.rampart.core.model.Parameter;
import dev.rampart.core.spec.ArrayNode;
import dev.rampart.core.spec.Node;
import dev.rampart.core.spec.ObjectNode;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Path parameters that the path template does not contain. */
public final class UnusedPathParameterRule extends AbstractRule {
    public UnusedPathParameterRule() {
        super("structure-path-param-unused", OwaspCategory.API8, 20, Severity.LOW,
                "Path parameter does not occur in the path template",
                "A path parameter missing from the template can never be sent as documented: the contract and "
                        + "the implementation disagree, and generated clients or validators behave unpredictably.",
                "Rename the parameter to match the {variable} in the path, add it to the template, or remove it.");
    }

    @Override
    public void check(AuditContext ctx) {
        Map<Node, Boolean> reported = new IdentityHashMap<>();
        for (Operation op : ctx.model().pathOperations()) {
            Set<String> names = PathTemplates.names(op.path());
            for (Parameter p : op.parameters("path")) {
                if (names.contains(p.name())) {
                    continue;
                }
                Node at = rawNode(op, p);
                if (reported.put(at, Boolean.TRUE) == null) {
                    ctx.report(op, at, "path parameter '" + p.name() + "' of " + op.label()
                            + " does not occur in the path template");
                }
            }
        }
    }

    /** The parameter's entry in the operation's or path item's list (the $ref itself when it is one). */
    private static Node rawNode(Operation op, Parameter p) {
        for (ObjectNode holder : new ObjectNode[] {op.node(), op.pathItem()}) {
            Optional<ArrayNode> arr = holder.array("parameters");
            if (arr.isPresent()) {
                for (Node n : arr.get()) {
                    if (n instanceof ObjectNode o && o.derefObject() == p.node()) {
                        return o;
                    }
                }
            }
        }
        return p.node();
    }
}
