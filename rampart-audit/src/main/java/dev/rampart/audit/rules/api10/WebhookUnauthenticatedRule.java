package dev.rampart.audit.rules.api10;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.Operation;
import dev.rampart.core.spec.ArrayNode;
import dev.rampart.core.spec.Node;
import dev.rampart.core.spec.ObjectNode;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Webhook and callback operations whose messages cannot be authenticated. */
public final class WebhookUnauthenticatedRule extends AbstractRule {
    private static final String[] METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"};

    public WebhookUnauthenticatedRule() {
        super("consumption-webhook-unauthenticated", OwaspCategory.API10, 345, Severity.MEDIUM,
                "Webhook or callback without authentication",
                "The webhook or callback documents neither a security requirement nor a signature header, so the"
                        + " receiving side cannot tell genuine events from forged ones: anyone who learns the URL can inject"
                        + " fake payments, status changes or data.",
                "Sign every delivery (e.g. an HMAC of timestamp and body in a Webhook-Signature header, verified with a"
                        + " shared secret and a replay window) or declare a security requirement, and document it on the operation.");
    }

    @Override
    public void check(AuditContext ctx) {
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Operation op : ctx.model().operations()) {
            if (op.webhook()) {
                if (!authenticated(op.node(), op.pathItem()) && seen.add(op.node())) {
                    ctx.report(op, op.node(), "webhook '" + op.path() + "' (" + op.method()
                            + ") documents neither a security requirement nor a signature header");
                }
                continue;
            }
            Optional<ObjectNode> callbacks = op.node().object("callbacks");
            if (callbacks.isEmpty()) {
                continue;
            }
            for (var cb : callbacks.get().entries()) {
                if (!(cb.getValue() instanceof ObjectNode rawCb)) {
                    continue;
                }
                for (var expr : rawCb.derefObject().entries()) {
                    if (!(expr.getValue() instanceof ObjectNode rawItem)) {
                        continue;
                    }
                    ObjectNode item = rawItem.derefObject();
                    for (String m : METHODS) {
                        if (item.get(m) instanceof ObjectNode rawOp) {
                            ObjectNode cop = rawOp.derefObject();
                            if (!authenticated(cop, item) && seen.add(cop)) {
                                ctx.report(op, cop, "callback '" + cb.getKey() + "' (" + m.toUpperCase(Locale.ROOT) + " "
                                        + expr.getKey() + ") of " + op.label()
                                        + " documents neither a security requirement nor a signature header");
                            }
                        }
                    }
                }
            }
        }
    }

    /** A non-empty, non-anonymous security requirement on the operation, or a signature header parameter. */
    private static boolean authenticated(ObjectNode op, ObjectNode pathItem) {
        Optional<ArrayNode> sec = op.array("security");
        if (sec.isPresent() && !sec.get().isEmpty()) {
            boolean anonymous = false;
            for (Node r : sec.get()) {
                anonymous |= r instanceof ObjectNode o && o.isEmpty();
            }
            if (!anonymous) {
                return true;
            }
        }
        return hasSignatureHeader(op.array("parameters")) || hasSignatureHeader(pathItem.array("parameters"));
    }

    private static boolean hasSignatureHeader(Optional<ArrayNode> params) {
        if (params.isEmpty()) {
            return false;
        }
        for (Node n : params.get()) {
            if (n instanceof ObjectNode raw) {
                ObjectNode p = raw.derefObject();
                String name = p.text("name").orElse("").toLowerCase(Locale.ROOT);
                if (p.text("in").orElse("").equals("header") && name.contains("signature")) {
                    return true;
                }
            }
        }
        return false;
    }
}
