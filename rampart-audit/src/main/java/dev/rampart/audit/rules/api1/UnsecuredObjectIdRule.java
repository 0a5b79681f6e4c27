package dev.rampart.audit.rules.api1;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.Operation;
import dev.rampart.core.model.Parameter;
import java.util.List;

/** Operations that address an object by id in the path and require no authentication. */
public final class UnsecuredObjectIdRule extends AbstractRule {
    public UnsecuredObjectIdRule() {
        super("bola-unsecured-object-id", OwaspCategory.API1, 639, Severity.HIGH, "Object accessed by id without authentication",
                "The operation selects an object by an id taken from the path but requires no authentication, so the"
                        + " server cannot check that the caller owns the object: anyone who knows or guesses an id can read"
                        + " or change it.",
                "Require authentication on the operation and check, on every request, that the authenticated caller is"
                        + " allowed to access the object with that id.");
    }

    @Override
    public void check(AuditContext ctx) {
        for (Operation op : ctx.model().pathOperations()) {
            if (op.isSecured()) {
                continue;
            }
            List<Parameter> ids = ObjectIds.pathObjectIds(op);
            if (ids.isEmpty()) {
                continue;
            }
            String names = String.join("', '", ids.stream().map(Parameter::name).toList());
            Severity sev = op.isRead() ? Severity.MEDIUM : Severity.HIGH;
            ctx.report(op, op.node(), op.label() + " addresses an object by path parameter '" + names
                    + "' but requires no authentication", sev);
        }
    }
}
