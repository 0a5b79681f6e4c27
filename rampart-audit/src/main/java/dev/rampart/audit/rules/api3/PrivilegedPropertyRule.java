package dev.rampart.audit.rules.api3;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.audit.rules.RuleSupport;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.Operation;
import java.util.Set;

/**
 * Writable request properties whose names suggest privileges, ownership or money. Administrative and
 * role-management operations, whose purpose is to set such fields, are not examined.
 */
public final class PrivilegedPropertyRule extends AbstractRule {
    private static final Set<String> PRIVILEGED = Set.of("role", "roles", "is_admin", "admin", "is_superuser", "superuser",
            "is_staff", "permissions", "privileges", "scopes", "balance", "credit", "credits", "price", "amount_paid", "discount",
            "owner", "owner_id", "verified", "is_verified", "email_verified", "approved", "is_approved", "tenant_id",
            "account_type", "plan", "subscription_plan", "user_type", "access_level", "group_id");
    /** Names that are privileged only when an existing object is modified (on create they are usually the caller). */
    private static final Set<String> ON_UPDATE = Set.of("user_id", "created_by", "account_id");

    public PrivilegedPropertyRule() {
        super("mass-assignment-privileged-property", OwaspCategory.API3, 915, Severity.HIGH,
                "Request accepts a privileged property",
                "A client-writable property such as role, is_admin, owner_id, balance or price lets a user grant themselves "
                        + "privileges, take over objects or change what they pay, unless the server re-checks every such field.",
                "Remove server-owned fields from request schemas (mark them readOnly and use separate input schemas), bind only "
                        + "an allow-list of fields, and authorise changes to privileged fields explicitly.");
    }

    @Override
    public void check(AuditContext ctx) {
        Properties.requestSchemas(ctx, false, op -> !RuleSupport.isAdminLike(op) && !RuleSupport.isRoleChange(op),
                (op, owner) -> Properties.eachProperty(op, owner, (o, s, name, prop, at) -> {
                    String k = Properties.key(name);
                    boolean update = o.method().equals("PUT") || o.method().equals("PATCH");
                    if (prop.flag("readOnly") || prop.has("const") || !(PRIVILEGED.contains(k) || update && ON_UPDATE.contains(k))) {
                        return;
                    }
                    ctx.report(o, at, "writable " + Properties.describe(s, name) + " in the request body of " + label(o)
                            + " lets a client set a privileged field");
                }));
    }

    private static String label(Operation op) {
        return op.label();
    }
}
