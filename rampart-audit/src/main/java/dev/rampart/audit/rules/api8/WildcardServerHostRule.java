package dev.rampart.audit.rules.api8;

import dev.rampart.audit.rules.Hosts;
import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.Server;
import dev.rampart.core.spec.Node;
import dev.rampart.core.spec.ObjectNode;
import dev.rampart.core.spec.SpecVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Servers whose host is a wildcard or a free server variable: the contract allows any host. */
public final class WildcardServerHostRule extends AbstractRule {
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]*)}");
    /** A host made only of variables (and port): "{host}", "{host}:{port}". */
    private static final Pattern ONLY_VARIABLES = Pattern.compile("(\\{[^}]*})+(:(\\d+|\\{[^}]*}))?");

    public WildcardServerHostRule() {
        super("server-wildcard-host", OwaspCategory.API8, 16, Severity.MEDIUM,
                "Server host is a wildcard or unconstrained variable",
                "A server whose host is '*' or a server variable without an enum lets any host stand in for the API: "
                        + "generated clients, gateways and try-it consoles can be pointed at an attacker's host and "
                        + "send it credentials, and the contract no longer says where the API actually lives.",
                "Name the real host(s) of the API, or restrict the server variable with an enum of the allowed hosts.");
    }

    @Override
    public void check(AuditContext ctx) {
        if (ctx.model().version() == SpecVersion.SWAGGER_2_0) {
            Node host = ctx.model().root().get("host");
            if (host != null && host.text().contains("*")) {
                ctx.report(host, "host '" + host.text() + "' is a wildcard: any host can stand in for the API");
            }
            return;
        }
        for (Server s : ctx.model().servers()) {
            String host = Hosts.host(s.rawUrl());
            if (host.isEmpty()) {
                continue;
            }
            if (host.contains("*")) {
                ctx.report(s.node(), "server '" + s.rawUrl() + "' has the wildcard host '" + host + "'");
                continue;
            }
            if (!ONLY_VARIABLES.matcher(host).matches()) {
                continue;
            }
            ObjectNode server = s.node().parent() instanceof ObjectNode o ? o : null;
            List<String> free = new ArrayList<>();
            Matcher m = VARIABLE.matcher(host.replaceAll(":.*$", ""));
            while (m.find()) {
                String name = m.group(1);
                boolean constrained = server != null && server.object("variables")
                        .flatMap(v -> v.object(name)).map(v -> v.array("enum").map(a -> !a.isEmpty()).orElse(false))
                        .orElse(false);
                if (!constrained) {
                    free.add(name);
                }
            }
            if (!free.isEmpty()) {
                ctx.report(s.node(), "server '" + s.rawUrl() + "' takes its host from server variable '"
                        + String.join("', '", free) + "' with no enum: any host is allowed");
            }
        }
    }
}
