package dev.rampart.audit.rules.api2;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.Operation;

/** Secured operations that do not document what happens without valid credentials. */
public final class Missing401Rule extends AbstractRule {
    public Missing401Rule() {
        super("auth-missing-401", OwaspCategory.API2, 287, Severity.LOW, "Secured operation documents no 401",
                "A secured operation that documents no 401 response leaves the behaviour for missing or invalid"
                        + " credentials unspecified, so clients and tests never check that authentication is actually enforced.",
                "Document a 401 response (or a 4XX range) with an error schema for every secured operation, and test"
                        + " that requests without valid credentials receive it.");
    }

    @Override
    public void check(AuditContext ctx) {
        for (Operation op : ctx.model().pathOperations()) {
            if (op.isSecured() && !op.documents("401", false)) {
                var at = op.node().has("responses") ? op.node().get("responses") : op.node();
                ctx.report(op, at, op.label() + " requires authentication but documents no 401 response");
            }
        }
    }
}
