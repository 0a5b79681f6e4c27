package dev.rampart.audit.rules.api2;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.SecurityScheme;
import dev.rampart.core.spec.Node;
import dev.rampart.core.spec.ObjectNode;

/** Bearer token format not documented. */
public final class BearerFormatMissingRule extends AbstractRule {
    public BearerFormatMissingRule() {
        super("auth-bearer-format-missing", OwaspCategory.API2, 287, Severity.LOW, "Bearer token format not documented",
                "A bearer scheme without bearerFormat leaves clients and reviewers guessing how tokens are issued and validated (JWT, opaque, signed by whom), which hides weak token designs from review and testing.",
                "Add bearerFormat (e.g. JWT) to the scheme and document how tokens are issued, signed, validated and expired.");
    }

    @Override
    public void check(AuditContext ctx) {
        for (SecurityScheme s : ctx.model().securitySchemes().values()) {
            if (s.isHttp("bearer") && s.bearerFormat().isBlank()) {
                ctx.report(at(s.node(), "scheme"), "bearer scheme '" + s.name() + "' does not declare bearerFormat");
            }
        }
    }

    private static Node at(ObjectNode n, String key) {
        return n.has(key) ? n.get(key) : n;
    }
}
