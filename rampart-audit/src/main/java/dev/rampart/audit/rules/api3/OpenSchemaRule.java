package dev.rampart.audit.rules.api3;

import dev.rampart.audit.rules.RuleSupport;
import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.Schema;
import dev.rampart.core.spec.Node;
import dev.rampart.core.spec.ObjectNode;
import dev.rampart.core.spec.ScalarNode;

/**
 * Object schemas of JSON request bodies that accept properties they do not declare. Pure maps
 * (additionalProperties with a schema and no declared properties) are dictionaries by design and
 * are not reported.
 */
public final class OpenSchemaRule extends AbstractRule {
    public OpenSchemaRule() {
        super("mass-assignment-open-schema", OwaspCategory.API3, 915, Severity.MEDIUM,
                "Request object accepts undeclared properties",
                "A request object that allows undeclared properties passes validation with any extra field, so fields the API "
                        + "never meant to accept (role, owner, price) reach frameworks that bind request bodies onto models.",
                "Set additionalProperties: false (unevaluatedProperties: false with composition in 3.1) on request objects, "
                        + "validate bodies against the schema, and bind only an explicit allow-list of fields.");
    }

    @Override
    public void check(AuditContext ctx) {
        Properties.requestSchemas(ctx, true, op -> true, (op, s) -> {
            if (!s.isObject() || s.flag("readOnly")) {
                return;
            }
            Node ap = s.additionalProperties().orElse(null);
            boolean declared = s.has("properties");
            String name = RuleSupport.componentName(s);
            String what = name.isEmpty() ? "request object" : "request schema '" + name + "'";
            if (ap == null) {
                if (declared && !s.has("unevaluatedProperties")) {
                    ctx.report(op, s.node(), what + " does not set additionalProperties: false, so undeclared properties are accepted",
                            Severity.LOW);
                }
            } else if (ap instanceof ScalarNode b && b.isBoolean() && b.asBoolean()) {
                ctx.report(op, ap, what + " sets additionalProperties: true and accepts any extra property");
            } else if (ap instanceof ObjectNode o && declared) {
                ctx.report(op, ap, what + " declares properties but also accepts any other property matching additionalProperties");
            }
        });
    }
}
