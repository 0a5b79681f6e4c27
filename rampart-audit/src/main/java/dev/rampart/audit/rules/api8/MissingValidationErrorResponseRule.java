package dev.rampart.audit.rules.api8;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.Operation;
import dev.rampart.core.model.Response;

/** Operations that take input but document no response for invalid input (400, 422, 4XX, default). */
public final class MissingValidationErrorResponseRule extends AbstractRule {
    public MissingValidationErrorResponseRule() {
        super("errors-no-validation-response", OwaspCategory.API8, 20, Severity.LOW,
                "Operation with inputs documents no validation error response",
                "An operation that accepts parameters or a body but documents no 400/422 response gives no sign that "
                        + "its input is validated at all, and leaves the error returned for malformed input undefined, "
                        + "so it is often an unhandled exception with internal details.",
                "Validate every input against the documented schema and document the rejection: a 400 (or 422) "
                        + "response, or a 4XX/default response, with a minimal error schema.");
    }

    @Override
    public void check(AuditContext ctx) {
        for (Operation op : ctx.model().pathOperations()) {
            if (op.parameters().isEmpty() && op.requestBody().isEmpty()) {
                continue;
            }
            boolean documented = false;
            for (Response r : op.responses()) {
                String s = r.status();
                if (r.isDefault() || s.equals("400") || s.equals("422") || s.equalsIgnoreCase("4XX")) {
                    documented = true;
                    break;
                }
            }
            if (!documented) {
                String inputs = op.requestBody().isPresent() ? (op.parameters().isEmpty() ? "a request body" : "parameters and a body")
                        : op.parameters().size() == 1 ? "parameter '" + op.parameters().get(0).name() + "'"
                        : op.parameters().size() + " parameters";
                ctx.report(op, op.node(), op.label() + " takes " + inputs
                        + " but documents no 400, 422, 4XX or default response for invalid input");
            }
        }
    }
}
