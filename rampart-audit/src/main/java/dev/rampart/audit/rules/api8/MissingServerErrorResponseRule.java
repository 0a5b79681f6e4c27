package dev.rampart.audit.rules.api8;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.Operation;

/** Operations that document no 5xx response (no 5xx code, no 5XX, no default). */
public final class MissingServerErrorResponseRule extends AbstractRule {
    public MissingServerErrorResponseRule() {
        super("errors-no-5xx", OwaspCategory.API8, 755, Severity.INFO,
                "Operation documents no server error (5xx) response",
                "Without a documented 5xx response the body returned on an unexpected failure is undefined; "
                        + "frameworks' default error pages frequently include exception messages, stack traces and "
                        + "version banners.",
                "Document a 500 (or 5XX/default) response with a generic error schema, and make the server map "
                        + "every unhandled exception to it without internal details.");
    }

    @Override
    public void check(AuditContext ctx) {
        for (Operation op : ctx.model().pathOperations()) {
            if (!ErrorStatus.documentsClassOrDefault(op, '5')) {
                ctx.report(op, op.node(), op.label() + " documents no 5xx (or default) response");
            }
        }
    }
}
