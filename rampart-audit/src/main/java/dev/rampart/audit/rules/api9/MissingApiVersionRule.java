package dev.rampart.audit.rules.api9;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.spec.Node;
import dev.rampart.core.spec.ObjectNode;
import dev.rampart.core.spec.ScalarNode;
import java.util.Optional;

/** info.version missing or empty. */
public final class MissingApiVersionRule extends AbstractRule {
    public MissingApiVersionRule() {
        super("inventory-missing-version", OwaspCategory.API9, 1059, Severity.LOW,
                "API version is not documented",
                "Without info.version nobody can tell which release of the API a contract describes, so old and "
                        + "new deployments cannot be told apart, inventoried or retired.",
                "Set info.version to the version of the API this document describes (e.g. 2.3.0) and update it "
                        + "with every release.");
    }

    @Override
    public void check(AuditContext ctx) {
        Optional<ObjectNode> info = ctx.model().info();
        if (info.isEmpty()) {
            ctx.report(ctx.model().root(), "the document has no info object, hence no info.version");
            return;
        }
        Node v = info.get().get("version");
        if (v == null) {
            ctx.report(info.get(), "info.version is missing");
        } else if (!(v instanceof ScalarNode s) || s.isNull() || s.asString().isBlank()) {
            ctx.report(v, "info.version is empty");
        }
    }
}
