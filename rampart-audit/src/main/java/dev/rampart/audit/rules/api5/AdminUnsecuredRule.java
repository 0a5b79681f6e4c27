package dev.rampart.audit.rules.api5;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.audit.rules.RuleSupport;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.Operation;

/** Administrative operations that anyone may call. */
public final class AdminUnsecuredRule extends AbstractRule {
    public AdminUnsecuredRule() {
        super("bfla-admin-unsecured", OwaspCategory.API5, 285, Severity.CRITICAL, "Administrative operation without authentication",
                "The operation looks administrative (admin, management, internal paths or operation ids) yet requires no"
                        + " authentication, so any anonymous caller can use privileged functions.",
                "Require authentication with an administrator-only scheme or scope on every administrative operation,"
                        + " enforce the role server-side, and keep internal endpoints off the public API.");
    }

    @Override
    public void check(AuditContext ctx) {
        for (Operation op : ctx.model().pathOperations()) {
            if (!op.isSecured() && RuleSupport.isAdminLike(op)) {
                ctx.report(op, op.node(), "administrative operation " + op.label() + " requires no authentication");
            }
        }
    }
}
