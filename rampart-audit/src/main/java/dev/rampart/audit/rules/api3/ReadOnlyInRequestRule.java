package dev.rampart.audit.rules.api3;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.spec.Node;

/** readOnly properties inside request body schemas: the server must ignore them, and binders often do not. */
public final class ReadOnlyInRequestRule extends AbstractRule {
    public ReadOnlyInRequestRule() {
        super("mass-assignment-readonly-in-request", OwaspCategory.API3, 915, Severity.LOW,
                "readOnly property in a request schema",
                "readOnly properties (ids, timestamps, owners, balances) in a request schema are only safe if the server ignores "
                        + "them; model binders usually do not know about readOnly and copy the client's value onto the object.",
                "Use separate request and response schemas (e.g. UserCreate without server-owned fields), or make sure the server "
                        + "strips or rejects readOnly properties before binding.");
    }

    @Override
    public void check(AuditContext ctx) {
        Properties.requestSchemas(ctx, false, op -> true, (op, owner) -> Properties.eachProperty(op, owner, (o, s, name, prop, at) -> {
            if (prop.flag("readOnly")) {
                Node flag = prop.node().get("readOnly");
                ctx.report(o, flag != null ? flag : at, "readOnly " + Properties.describe(s, name)
                        + " is part of a request body; the server must ignore it when binding");
            }
        }));
    }
}
