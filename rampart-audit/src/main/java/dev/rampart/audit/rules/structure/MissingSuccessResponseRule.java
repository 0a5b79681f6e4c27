package dev.rampart.audit.rules.structure;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.Operation;
import dev.rampart.core.model.Response;
import dev.rampart.core.spec.Node;

/** Operations with no 2xx/3xx response and no default. */
public final class MissingSuccessResponseRule extends AbstractRule {
    public MissingSuccessResponseRule() {
        super("structure-no-success-response", OwaspCategory.API8, 20, Severity.LOW,
                "Operation documents no success response",
                "Without a 2xx/3xx (or default) response the contract does not say what the operation returns, so "
                        + "nothing constrains the response body: any data can leave the API unnoticed by validators.",
                "Document the success response(s) of the operation with their status code and schema.");
    }

    @Override
    public void check(AuditContext ctx) {
        for (Operation op : ctx.model().operations()) {
            boolean ok = false;
            for (Response r : op.responses()) {
                String s = r.status();
                if (r.isDefault() || s.startsWith("2") || s.startsWith("3")) {
                    ok = true;
                    break;
                }
            }
            if (!ok) {
                Node responses = op.node().get("responses");
                ctx.report(op, responses != null ? responses : op.node(),
                        op.label() + " documents no 2xx, 3xx or default response");
            }
        }
    }
}
