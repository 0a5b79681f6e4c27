package dev.rampart.audit.rules.api4;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.Operation;
import dev.rampart.core.model.Response;
import dev.rampart.core.spec.ObjectNode;
import java.util.IdentityHashMap;
import java.util.Map;

/** 429 responses that do not declare a Retry-After header. Shared component responses are reported once. */
public final class RateLimitNoRetryAfterRule extends AbstractRule {
    public RateLimitNoRetryAfterRule() {
        super("limits-429-no-retry-after", OwaspCategory.API4, 770, Severity.LOW,
                "429 response has no Retry-After header",
                "Without Retry-After, throttled clients guess when to retry and typically retry immediately or in lock-step, "
                        + "amplifying the load the rate limit was meant to shed.",
                "Declare a Retry-After header (seconds or HTTP date) on every 429 response and send it from the server.");
    }

    @Override
    public void check(AuditContext ctx) {
        Map<ObjectNode, Boolean> seen = new IdentityHashMap<>();
        for (Operation op : ctx.model().operations()) {
            if (op.webhook()) {
                continue;
            }
            for (Response r : op.responses()) {
                if (r.status().equals("429") && r.headers().stream().noneMatch(h -> h.equalsIgnoreCase("Retry-After"))
                        && seen.put(r.node(), Boolean.TRUE) == null) {
                    ctx.report(op, r.node(), "429 response of " + op.label() + " declares no Retry-After header");
                }
            }
        }
    }
}
