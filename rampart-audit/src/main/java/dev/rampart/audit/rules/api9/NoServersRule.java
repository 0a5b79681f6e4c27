package dev.rampart.audit.rules.api9;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.spec.Node;
import dev.rampart.core.spec.ObjectNode;
import dev.rampart.core.spec.SpecVersion;

/** No servers (3.x) or no host (2.0): the contract does not say where the API runs. */
public final class NoServersRule extends AbstractRule {
    public NoServersRule() {
        super("inventory-no-servers", OwaspCategory.API9, 1059, Severity.LOW,
                "Document does not say where the API is served",
                "A contract that names no server leaves its deployments undocumented: it cannot be matched to the "
                        + "hosts that actually run it, which is how forgotten and shadow deployments stay unnoticed.",
                "List the production server URL(s) under servers (Swagger 2.0: host, basePath and schemes).");
    }

    @Override
    public void check(AuditContext ctx) {
        ObjectNode root = ctx.model().root();
        if (ctx.model().version() == SpecVersion.SWAGGER_2_0) {
            if (root.text("host").map(String::isBlank).orElse(true)) {
                Node host = root.get("host");
                ctx.report(host != null ? host : root, "no host is given: the document does not say where the API is served");
            }
            return;
        }
        Node servers = root.get("servers");
        if (servers == null) {
            ctx.report(root, "no servers are listed: the document does not say where the API is served");
        } else if (ctx.model().servers().isEmpty()) {
            ctx.report(servers, "servers is empty: the document does not say where the API is served");
        }
    }
}
