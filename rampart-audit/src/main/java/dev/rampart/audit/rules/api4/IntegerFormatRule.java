package dev.rampart.audit.rules.api4;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;

/** Input integers with no int32/int64 format. */
public final class IntegerFormatRule extends AbstractRule {
    public IntegerFormatRule() {
        super("limits-integer-format", OwaspCategory.API4, 190, Severity.INFO,
                "Input integer has no int32/int64 format",
                "Without format int32 or int64 clients and server implementations may disagree on the integer's range; values "
                        + "beyond the server's type overflow or wrap, which can bypass checks on quantities and amounts.",
                "Add format: int32 or int64 to every integer input (and minimum/maximum within that range).");
    }

    @Override
    public void check(AuditContext ctx) {
        Inputs.walk(ctx, true, (op, param, s, name) -> {
            String fmt = Inputs.format(s);
            if (s.hasType("integer") && !fmt.equals("int32") && !fmt.equals("int64") && !s.hasEnumOrConst() && !s.flag("readOnly")) {
                ctx.report(op, s.node(), "integer " + Inputs.describe(param, s, name) + " has no format int32 or int64");
            }
        });
    }
}
