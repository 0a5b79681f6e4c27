package dev.rampart.audit.rules.api2;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.Operation;

import dev.rampart.core.model.SecurityRequirement;
import java.util.List;

/** Operations that switch off the document's global security. */
public final class SecurityOptOutRule extends AbstractRule {
    public SecurityOptOutRule() {
        super("auth-security-opt-out", OwaspCategory.API2, 306, Severity.MEDIUM, "Operation opts out of global security",
                "The document requires authentication globally, but this operation overrides it with 'security: []' or an"
                        + " empty '{}' alternative, so anonymous callers can reach it; such opt-outs are easy to add by"
                        + " mistake and hard to spot in review.",
                "Remove the override, or keep it only for endpoints that must be public (login, health) and document why;"
                        + " never combine '{}' with real schemes on non-public operations.");
    }

    @Override
    public void check(AuditContext ctx) {
        List<SecurityRequirement> global = ctx.model().globalSecurity().orElse(List.of());
        if (global.isEmpty() || global.stream().allMatch(SecurityRequirement::isAnonymous)) {
            return;
        }
        for (Operation op : ctx.model().pathOperations()) {
            if (op.declaredSecurity().isEmpty()) {
                continue;
            }
            Severity sev = AuthHeuristics.isPublicByDesign(op) ? Severity.LOW : op.isRead() ? Severity.MEDIUM : Severity.HIGH;
            List<SecurityRequirement> declared = op.declaredSecurity().get();
            if (declared.isEmpty()) {
                ctx.report(op, op.node().get("security"), op.label() + " disables the global security with 'security: []'", sev);
                continue;
            }
            for (SecurityRequirement r : declared) {
                if (r.isAnonymous()) {
                    ctx.report(op, r.node(), op.label() + " makes authentication optional with an empty '{}' security alternative", sev);
                }
            }
        }
    }
}
