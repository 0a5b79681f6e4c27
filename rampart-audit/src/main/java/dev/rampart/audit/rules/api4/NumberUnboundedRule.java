package dev.rampart.audit.rules.api4;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.Schema;

/** Input integers and numbers without a minimum or maximum. */
public final class NumberUnboundedRule extends AbstractRule {
    public NumberUnboundedRule() {
        super("limits-number-unbounded", OwaspCategory.API4, 770, Severity.LOW,
                "Input number has no minimum or maximum",
                "Numbers without bounds accept negative quantities, huge counts, sizes and durations: they drive loops, "
                        + "allocations and prices, and invite business-logic abuse and resource exhaustion.",
                "Declare minimum and maximum (or exclusiveMinimum/exclusiveMaximum) on every numeric input, matching what the "
                        + "operation can actually handle.");
    }

    @Override
    public void check(AuditContext ctx) {
        Inputs.walk(ctx, true, (op, param, s, name) -> {
            if (!s.isNumeric() || s.hasEnumOrConst() || s.flag("readOnly")) {
                return;
            }
            boolean min = bound(s, "minimum", "exclusiveMinimum");
            boolean max = bound(s, "maximum", "exclusiveMaximum");
            if (min && max) {
                return;
            }
            String missing = !min && !max ? "neither minimum nor maximum" : !max ? "no maximum" : "no minimum";
            ctx.report(op, s.node(), (s.hasType("integer") ? "integer " : "number ") + Inputs.describe(param, s, name) + " has " + missing);
        });
    }

    /** In 3.0 exclusiveMaximum is a boolean that needs maximum; in 3.1 it is the bound itself. */
    private static boolean bound(Schema s, String inclusive, String exclusive) {
        return s.has(inclusive) || s.number(exclusive).isPresent();
    }
}
