package dev.rampart.audit.rules.api4;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;

/** Input strings with no format, pattern, enum or const: anything goes. */
public final class StringUnrestrictedRule extends AbstractRule {
    public StringUnrestrictedRule() {
        super("limits-string-unrestricted", OwaspCategory.API4, 20, Severity.INFO,
                "Input string accepts any characters",
                "A string with no format, pattern, enum or const accepts any content, so validation at the edge cannot reject "
                        + "control characters, markup or injection payloads before they reach business logic.",
                "Constrain input strings: an enum for fixed values, a format (email, uuid, uri, date-time) or an anchored pattern "
                        + "describing the allowed characters.");
    }

    @Override
    public void check(AuditContext ctx) {
        Inputs.walk(ctx, true, (op, param, s, name) -> {
            if (s.isString() && s.format().isEmpty() && !s.has("pattern") && !s.hasEnumOrConst() && !s.flag("readOnly")) {
                ctx.report(op, s.node(), "string " + Inputs.describe(param, s, name) + " has no format, pattern or enum");
            }
        });
    }
}
