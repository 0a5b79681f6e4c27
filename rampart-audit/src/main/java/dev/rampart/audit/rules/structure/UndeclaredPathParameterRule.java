package dev.rampart.audit.rules.structure;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.Operation;
import dev.rampart.core.model.Parameter;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/** Path template variables without a matching path parameter. */
public final class UndeclaredPathParameterRule extends AbstractRule {
    public UndeclaredPathParameterRule() {
        super("structure-path-param-undeclared", OwaspCategory.API8, 20, Severity.MEDIUM,
                "Path template variable is not declared as a parameter",
                "A {variable} in the path without a path parameter has no type, format or constraints, so "
                        + "validators and gateways accept any value there, including traversal sequences and "
                        + "injection payloads.",
                "Declare every template variable as a required path parameter (in: path) with a precise schema "
                        + "(type, format or pattern, maxLength).");
    }

    @Override
    public void check(AuditContext ctx) {
        for (Operation op : ctx.model().pathOperations()) {
            Set<String> declared = new HashSet<>();
            for (Parameter p : op.parameters("path")) {
                declared.add(p.name());
            }
            Set<String> missing = new LinkedHashSet<>(PathTemplates.names(op.path()));
            missing.removeAll(declared);
            if (!missing.isEmpty()) {
                ctx.report(op, op.node(), op.label() + " declares no path parameter for {"
                        + String.join("}, {", missing) + "}");
            }
        }
    }
}
