package dev.rampart.audit.rules.api5;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.OAuthFlow;
import dev.rampart.core.model.Operation;
import dev.rampart.core.model.SecurityRequirement;
import dev.rampart.core.model.SecurityScheme;
import dev.rampart.core.spec.ObjectNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** OAuth2 scopes that are declared but that no operation requires. */
public final class ScopeNeverRequiredRule extends AbstractRule {
    public ScopeNeverRequiredRule() {
        super("bfla-scope-never-required", OwaspCategory.API5, 285, Severity.LOW, "OAuth2 scope required by no operation",
                "A scope that is declared but required by no operation means the contract does not say which functions"
                        + " it protects: either operations are missing their scope requirement, or clients are granted a"
                        + " scope that gates nothing, blurring the privilege model.",
                "Require the scope on the operations it is meant to protect, or remove it from the flow.");
    }

    @Override
    public void check(AuditContext ctx) {
        Map<String, Set<String>> required = new HashMap<>();
        ctx.model().globalSecurity().ifPresent(g -> addAll(required, g));
        for (Operation op : ctx.model().operations()) {
            op.declaredSecurity().ifPresent(d -> addAll(required, d));
        }
        for (SecurityScheme s : ctx.model().securitySchemes().values()) {
            if (!s.isOAuth2()) {
                continue;
            }
            Set<String> used = required.getOrDefault(s.name(), Set.of());
            for (OAuthFlow f : s.flows()) {
                ObjectNode scopes = f.node().object("scopes").orElse(null);
                if (scopes == null) {
                    continue;
                }
                for (var e : scopes.entries()) {
                    if (!used.contains(e.getKey())) {
                        ctx.report(e.getValue(), "scope '" + e.getKey() + "' of OAuth2 scheme '" + s.name()
                                + "' (" + f.type() + " flow) is required by no operation");
                    }
                }
            }
        }
    }

    private static void addAll(Map<String, Set<String>> required, List<SecurityRequirement> reqs) {
        for (SecurityRequirement r : reqs) {
            r.schemes().forEach((k, v) -> required.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
        }
    }
}
