package dev.rampart.audit.rules.api5;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.audit.rules.RuleSupport;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.Operation;
import dev.rampart.core.model.SecurityRequirement;
import dev.rampart.core.spec.Node;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Privileged operations (administrative, DELETE, role changes) that accept any credential that is
 * good enough for an ordinary read.
 */
public final class AdminSharedScopesRule extends AbstractRule {
    public AdminSharedScopesRule() {
        super("bfla-admin-shared-scopes", OwaspCategory.API5, 285, Severity.MEDIUM, "Privileged operation needs no more than a read",
                "Administrative, delete and role-changing operations require no scheme or scope beyond what ordinary read"
                        + " operations require, so the contract gives no way to tell privileged callers apart: any client"
                        + " able to read can attempt them, and only undocumented server-side checks stand in the way.",
                "Require a dedicated scope (e.g. admin, orders:delete) or a separate scheme for privileged operations,"
                        + " and check the caller's role or permission server-side.");
    }

    @Override
    public void check(AuditContext ctx) {
        // what ordinary reads accept: each alternative as scheme -> scopes, first read op that accepts it
        Map<Map<String, TreeSet<String>>, Operation> readGrants = new LinkedHashMap<>();
        for (Operation op : ctx.model().pathOperations()) {
            if (op.isRead() && op.isSecured() && !RuleSupport.isAdminLike(op)) {
                for (SecurityRequirement r : op.security()) {
                    readGrants.putIfAbsent(grant(r), op);
                }
            }
        }
        if (readGrants.isEmpty()) {
            return;
        }
        for (Operation op : ctx.model().pathOperations()) {
            if (!op.isSecured() || !isPrivileged(op)) {
                continue;
            }
            for (SecurityRequirement r : op.security()) {
                Map<String, TreeSet<String>> need = grant(r);
                Operation read = readGrants.entrySet().stream().filter(e -> covers(e.getKey(), need))
                        .map(Map.Entry::getValue).findFirst().orElse(null);
                if (read != null) {
                    Node at = op.declaredSecurity().isPresent() ? r.node() : op.node();
                    ctx.report(op, at, kind(op) + " " + op.label() + " accepts " + describe(need)
                            + ", which also grants ordinary reads such as " + read.label());
                    break;
                }
            }
        }
    }

    private static boolean isPrivileged(Operation op) {
        return op.method().equals("DELETE") || RuleSupport.isAdminLike(op) || RuleSupport.isRoleChange(op);
    }

    private static String kind(Operation op) {
        return RuleSupport.isAdminLike(op) ? "administrative operation"
                : RuleSupport.isRoleChange(op) ? "role-changing operation" : "delete operation";
    }

    private static Map<String, TreeSet<String>> grant(SecurityRequirement r) {
        Map<String, TreeSet<String>> out = new TreeMap<>();
        r.schemes().forEach((k, v) -> out.put(k, new TreeSet<>(v)));
        return out;
    }

    /** True when a credential satisfying {@code have} also satisfies {@code need}. */
    private static boolean covers(Map<String, TreeSet<String>> have, Map<String, TreeSet<String>> need) {
        for (var e : need.entrySet()) {
            TreeSet<String> scopes = have.get(e.getKey());
            if (scopes == null || !scopes.containsAll(e.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static String describe(Map<String, TreeSet<String>> need) {
        List<String> parts = need.entrySet().stream()
                .map(e -> "'" + e.getKey() + "'" + (e.getValue().isEmpty() ? " with no scopes" : " with scopes " + e.getValue()))
                .toList();
        return "scheme " + String.join(" and ", parts);
    }
}
