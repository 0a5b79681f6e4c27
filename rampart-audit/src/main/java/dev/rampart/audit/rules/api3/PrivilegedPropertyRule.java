package dev.rampart.audit.rules.api3;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.audit.rules.RuleSupport;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writable request properties whose names suggest privileges, ownership or money. Administrative and
 * role-management operations (memberships, invitations, token scoping), whose purpose is to set such
 * fields, are not examined.
 */
public final class PrivilegedPropertyRule extends AbstractRule {
    private static final Set<String> PRIVILEGED = Set.of("role", "roles", "is_admin", "admin", "is_superuser", "superuser",
            "is_staff", "permissions", "privileges", "scopes", "balance", "credit", "credits", "price", "amount_paid", "discount",
            "owner", "owner_id", "verified", "is_verified", "email_verified", "approved", "is_approved", "tenant_id",
            "plan", "subscription_plan", "user_type", "access_level");
    /** Names that are privileged only when an existing object is modified (on create they are usually the caller). */
    private static final Set<String> ON_UPDATE = Set.of("user_id", "created_by", "account_id");

    /** Membership, invitation and token-scoping operations set roles and permissions by design. */
    private static final Pattern GRANTING = Pattern.compile(
            "member|collaborator|invit|token|/teams?\\b|/grants?\\b|/acl\\b");

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
        Properties.requestSchemas(ctx, false, op -> !RuleSupport.isAdminLike(op) && !RuleSupport.isRoleChange(op)
                && !GRANTING.matcher(op.searchText()).find(),
                (op, owner) -> Properties.eachProperty(op, owner, (o, s, name, prop, at) -> {
                    String k = Properties.key(name);
                    boolean update = o.method().equals("PUT") || o.method().equals("PATCH");
                    if (prop.flag("readOnly") || prop.has("const") || k.equals("owner") && prop.hasType("boolean") || !(PRIVILEGED.contains(k) || update && ON_UPDATE.contains(k))) {
                        return;
                    }
                    ctx.report(o, at, "writable " + Properties.describe(s, name) + Properties.where(s, "request body", o)
                            + " lets a client set a privileged field");
                }));
    }
}
