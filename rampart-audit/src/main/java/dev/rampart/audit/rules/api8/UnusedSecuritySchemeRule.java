package dev.rampart.audit.rules.api8;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.Operation;
import dev.rampart.core.model.SecurityRequirement;
import dev.rampart.core.model.SecurityScheme;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Security schemes that are defined but required nowhere. */
public final class UnusedSecuritySchemeRule extends AbstractRule {
    public UnusedSecuritySchemeRule() {
        super("security-scheme-unused", OwaspCategory.API8, 16, Severity.LOW,
                "Security scheme is defined but never required",
                "A security scheme that no security requirement uses protects nothing: it often means the authors "
                        + "believe endpoints are protected when the contract does not require it, or it documents a "
                        + "legacy mechanism that may still be accepted by the server.",
                "Require the scheme where it applies (top-level or operation security), or remove it from the "
                        + "spec and disable the mechanism on the server.");
    }

    @Override
    public void check(AuditContext ctx) {
        Set<String> used = new HashSet<>();
        ctx.model().globalSecurity().ifPresent(reqs -> add(reqs, used));
        for (Operation op : ctx.model().operations()) {
            op.declaredSecurity().ifPresent(reqs -> add(reqs, used));
        }
        for (SecurityScheme s : ctx.model().securitySchemes().values()) {
            if (!used.contains(s.name())) {
                ctx.report(s.node(), "security scheme '" + s.name() + "' (" + s.type()
                        + ") is defined but no operation requires it");
            }
        }
    }

    private static void add(List<SecurityRequirement> reqs, Set<String> used) {
        for (SecurityRequirement r : reqs) {
            used.addAll(r.schemes().keySet());
        }
    }
}
