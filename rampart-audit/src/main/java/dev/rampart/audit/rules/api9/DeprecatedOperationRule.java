package dev.rampart.audit.rules.api9;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.Operation;
import dev.rampart.core.spec.Node;

/** Operations marked deprecated that are still part of the published API. */
public final class DeprecatedOperationRule extends AbstractRule {
    public DeprecatedOperationRule() {
        super("inventory-deprecated-operation", OwaspCategory.API9, 1059, Severity.LOW,
                "Deprecated operation is still exposed",
                "Deprecated endpoints tend to stay reachable long after their replacement ships, without the "
                        + "attention newer code gets: missing authorization fixes, validation and rate limits.",
                "Track who still calls the operation, announce a sunset date (Sunset/Deprecation headers), "
                        + "give it the same controls as its replacement until then, and remove it afterwards.");
    }

    @Override
    public void check(AuditContext ctx) {
        for (Operation op : ctx.model().pathOperations()) {
            if (op.deprecated()) {
                Node at = op.node().get("deprecated");
                ctx.report(op, at != null ? at : op.node(), op.label() + " is deprecated but still documented and exposed");
            }
        }
    }
}
