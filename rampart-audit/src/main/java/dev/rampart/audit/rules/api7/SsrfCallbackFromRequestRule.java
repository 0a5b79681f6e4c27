package dev.rampart.audit.rules.api7;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.Operation;
import dev.rampart.core.spec.Node;
import dev.rampart.core.spec.ObjectNode;
import java.util.Map;
import java.util.regex.Pattern;

/** OpenAPI 3 callbacks whose target URL is taken from the request: the server calls a client-chosen URL. */
public final class SsrfCallbackFromRequestRule extends AbstractRule {
    /** The URL (or its host) starts with a runtime expression taken from the request. */
    private static final Pattern CLIENT_CHOSEN_BASE = Pattern.compile("^\\s*(https?://)?\\{\\$request\\.", Pattern.CASE_INSENSITIVE);

    public SsrfCallbackFromRequestRule() {
        super("ssrf-callback-from-request", OwaspCategory.API7, 918, Severity.HIGH,
                "Callback URL comes from the request",
                "A callback whose URL expression is taken from the request ({$request.body#/callbackUrl}, {$request.query.url}) "
                        + "makes the server send requests to any address a client names: internal hosts, cloud metadata, other tenants.",
                "Validate callback URLs when they are registered: allow only https, resolve the host and reject private, loopback and "
                        + "link-local ranges, optionally verify ownership of the endpoint, and send callbacks through an egress proxy.");
    }

    @Override
    public void check(AuditContext ctx) {
        for (Operation op : ctx.model().operations()) {
            ObjectNode callbacks = op.node().object("callbacks").orElse(null);
            if (callbacks == null) {
                continue;
            }
            for (Map.Entry<String, Node> cb : callbacks.entries()) {
                if (!(cb.getValue() instanceof ObjectNode o) || o.derefObject() == null) {
                    continue;
                }
                ObjectNode callback = o.derefObject();
                for (Map.Entry<String, Node> e : callback.entries()) {
                    String expr = e.getKey();
                    if (CLIENT_CHOSEN_BASE.matcher(expr).find()) {
                        Node at = callback == o ? e.getValue() : o;
                        ctx.report(op, at, "callback '" + cb.getKey() + "' is sent to " + expr
                                + ", a URL taken from the request: the server will call a client-chosen address");
                    }
                }
            }
        }
    }
}
