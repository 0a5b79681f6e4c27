package dev.rampart.audit.rules.structure;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.Operation;
import dev.rampart.core.spec.Node;
import java.util.HashMap;
import java.util.Map;

/** operationIds used by more than one operation. */
public final class DuplicateOperationIdRule extends AbstractRule {
    public DuplicateOperationIdRule() {
        super("structure-duplicate-operation-id", OwaspCategory.API9, 1059, Severity.MEDIUM,
                "operationId is used more than once",
                "operationIds must be unique: gateways, policies, generated clients and inventories key on them, so "
                        + "a duplicate can attach one operation's policy (or its absence) to another, or drop an "
                        + "operation from the inventory.",
                "Give every operation a unique operationId.");
    }

    @Override
    public void check(AuditContext ctx) {
        Map<String, Operation> first = new HashMap<>();
        for (Operation op : ctx.model().operations()) {
            if (op.operationId().isEmpty()) {
                continue;
            }
            Operation prev = first.putIfAbsent(op.operationId(), op);
            if (prev != null) {
                Node at = op.node().get("operationId");
                ctx.report(op, at != null ? at : op.node(), "operationId '" + op.operationId() + "' of " + op.label()
                        + " is already used by " + prev.label());
            }
        }
    }
}
