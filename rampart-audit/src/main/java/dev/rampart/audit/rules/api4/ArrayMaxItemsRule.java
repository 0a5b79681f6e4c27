package dev.rampart.audit.rules.api4;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;

/** Input arrays with no maxItems. */
public final class ArrayMaxItemsRule extends AbstractRule {
    public ArrayMaxItemsRule() {
        super("limits-array-max-items", OwaspCategory.API4, 770, Severity.MEDIUM,
                "Input array has no maxItems",
                "An input array without maxItems lets one request carry any number of elements, and the server usually does work "
                        + "per element (validation, queries, writes): a cheap request becomes an expensive batch job.",
                "Set maxItems on every input array to the largest batch the operation is designed for, and enforce it before "
                        + "processing any element.");
    }

    @Override
    public void check(AuditContext ctx) {
        Inputs.walk(ctx, false, (op, param, s, name) -> {
            if (s.isArray() && !s.has("maxItems") && !s.hasEnumOrConst() && !s.flag("readOnly")) {
                ctx.report(op, s.node(), "array " + Inputs.describe(param, s, name) + " has no maxItems");
            }
        });
    }
}
