package dev.rampart.audit.rules.api2;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;

import dev.rampart.core.spec.Node;

/** A document with operations but no security scheme at all. */
public final class NoSecuritySchemesRule extends AbstractRule {
    public NoSecuritySchemesRule() {
        super("auth-no-schemes", OwaspCategory.API2, 306, Severity.MEDIUM, "No security scheme defined",
                "The API defines operations but no security scheme, so nothing in the contract says how callers"
                        + " authenticate: either every endpoint is anonymous or authentication happens undocumented and untested.",
                "Define the security schemes the API uses (components.securitySchemes or securityDefinitions) and apply"
                        + " them with a global 'security' requirement.");
    }

    @Override
    public void check(AuditContext ctx) {
        var ops = ctx.model().pathOperations();
        if (ops.isEmpty() || !ctx.model().securitySchemes().isEmpty()) {
            return;
        }
        Node at = ctx.model().root().has("paths") ? ctx.model().root().get("paths") : ctx.model().root();
        ctx.report(at, "the API has " + ops.size() + " operation" + (ops.size() == 1 ? "" : "s")
                + " but defines no security scheme");
    }
}
