package dev.rampart.audit.rules.api4;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;

/** Input strings with no maxLength, whose size is then limited only by the server's body limit. */
public final class StringMaxLengthRule extends AbstractRule {
    public StringMaxLengthRule() {
        super("limits-string-max-length", OwaspCategory.API4, 770, Severity.MEDIUM,
                "Input string has no maxLength",
                "Strings without maxLength accept values of any size: megabyte names and descriptions inflate storage, logs, "
                        + "search indexes and downstream calls, and make regex or parsing costs attacker-controlled.",
                "Give every input string a maxLength that fits its purpose (e.g. 255 for names, 10000 for free text), or an enum, "
                        + "a bounded format (uuid, date-time) or an anchored pattern with bounded repetition.");
    }

    @Override
    public void check(AuditContext ctx) {
        Inputs.walk(ctx, false, (op, param, s, name) -> {
            if (!s.isString() || s.has("maxLength") || s.hasEnumOrConst() || s.flag("readOnly")) {
                return;
            }
            String fmt = Inputs.format(s);
            if (Inputs.BOUNDED_FORMATS.contains(fmt) || Inputs.BINARY_FORMATS.contains(fmt) || Inputs.boundedPattern(s)) {
                return;
            }
            ctx.report(op, s.node(), "string " + Inputs.describe(param, s, name) + " has no maxLength",
                    param != null ? Severity.LOW : Severity.MEDIUM);
        });
    }
}
