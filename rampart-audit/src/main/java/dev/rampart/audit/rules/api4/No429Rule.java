package dev.rampart.audit.rules.api4;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.Operation;

/** Operations that document no 429 Too Many Requests response. */
public final class No429Rule extends AbstractRule {
    public No429Rule() {
        super("limits-no-429", OwaspCategory.API4, 770, Severity.LOW,
                "Operation documents no 429 response",
                "An operation that documents no 429 Too Many Requests response suggests it is not rate limited; without limits, "
                        + "clients can exhaust capacity, brute-force inputs or scrape data at machine speed.",
                "Rate limit every operation (per client, per user and per IP as appropriate) and document the 429 response, "
                        + "with Retry-After and rate limit headers, so clients can back off.");
    }

    @Override
    public void check(AuditContext ctx) {
        for (Operation op : ctx.model().operations()) {
            if (!op.webhook() && op.response("429").isEmpty()) {
                ctx.report(op, op.node(), op.label() + " documents no 429 (Too Many Requests) response");
            }
        }
    }
}
