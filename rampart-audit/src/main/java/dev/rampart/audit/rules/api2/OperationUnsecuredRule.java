package dev.rampart.audit.rules.api2;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.Operation;
import java.util.List;

/** Operations that any anonymous caller may invoke. */
public final class OperationUnsecuredRule extends AbstractRule {
    public OperationUnsecuredRule() {
        super("auth-operation-unsecured", OwaspCategory.API2, 306, Severity.HIGH, "Operation without authentication",
                "No security requirement applies to this operation (or an empty alternative makes it optional), so any"
                        + " anonymous caller can invoke it; for writes that means unauthenticated changes to data.",
                "Declare a security requirement on the operation or globally; mark intentionally public endpoints"
                        + " explicitly and keep them read-only and rate-limited.");
    }

    @Override
    public void check(AuditContext ctx) {
        boolean globallySecured = ctx.model().globalSecurity().orElse(List.of()).stream()
                .anyMatch(r -> !r.isAnonymous());
        for (Operation op : ctx.model().pathOperations()) {
            // An operation that opts out of the document's security is auth-security-opt-out's finding.
            if (op.isSecured() || globallySecured && op.declaredSecurity().isPresent()) {
                continue;
            }
            boolean optional = !op.security().isEmpty();
            String how = optional ? " allows anonymous access (empty security alternative)" : " requires no authentication";
            if (AuthHeuristics.isPublicByDesign(op)) {
                ctx.report(op, op.node(), op.label() + how + "; it looks public by design, confirm it exposes nothing sensitive",
                        Severity.LOW);
            } else if (op.isRead()) {
                ctx.report(op, op.node(), op.label() + how, Severity.MEDIUM);
            } else {
                ctx.report(op, op.node(), op.label() + how + " although it changes state", Severity.HIGH);
            }
        }
    }
}
