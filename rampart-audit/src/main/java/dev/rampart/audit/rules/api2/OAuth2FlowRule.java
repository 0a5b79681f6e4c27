package dev.rampart.audit.rules.api2;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.OAuthFlow;
import dev.rampart.core.model.SecurityScheme;
import dev.rampart.core.spec.Node;

/** Base of the rules that flag one deprecated OAuth2 flow wherever a scheme offers it. */
abstract class OAuth2FlowRule extends AbstractRule {
    private final String flowType;
    private final String flowName;

    OAuth2FlowRule(String id, String flowType, String flowName, String title, String description, String remediation) {
        super(id, OwaspCategory.API2, 1390, Severity.MEDIUM, title, description, remediation);
        this.flowType = flowType;
        this.flowName = flowName;
    }

    @Override
    public final void check(AuditContext ctx) {
        for (SecurityScheme s : ctx.model().securitySchemes().values()) {
            if (!s.isOAuth2()) {
                continue;
            }
            for (OAuthFlow f : s.flows()) {
                if (f.type().equals(flowType)) {
                    // Swagger 2.0 names the flow in a "flow" field; OpenAPI 3 by the key of the flow object.
                    Node n = f.node().has("flow") ? f.node().get("flow") : f.node();
                    ctx.report(n, "OAuth2 scheme '" + s.name() + "' allows the " + flowName);
                }
            }
        }
    }
}
