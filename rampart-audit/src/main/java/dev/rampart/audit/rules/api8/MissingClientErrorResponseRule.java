package dev.rampart.audit.rules.api8;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.Operation;

/** Operations that document no 4xx response at all (no 4xx code, no 4XX, no default). */
public final class MissingClientErrorResponseRule extends AbstractRule {
    public MissingClientErrorResponseRule() {
        super("errors-no-4xx", OwaspCategory.API8, 755, Severity.LOW,
                "Operation documents no client error (4xx) response",
                "When a contract documents no 4xx response, the shape and content of error responses is left to "
                        + "whatever the framework emits by default, which is often verbose (stack traces, framework "
                        + "names) and differs between endpoints. Clients and gateways cannot validate what they get.",
                "Document the 4xx responses the operation can return (at least 400/401/403/404 as applicable, or a "
                        + "4XX or default response) with a uniform, minimal error schema such as RFC 9457 problem details.");
    }

    @Override
    public void check(AuditContext ctx) {
        for (Operation op : ctx.model().pathOperations()) {
            if (!ErrorStatus.documentsClassOrDefault(op, '4')) {
                ctx.report(op, op.node(), op.label() + " documents no 4xx (or default) response");
            }
        }
    }
}
