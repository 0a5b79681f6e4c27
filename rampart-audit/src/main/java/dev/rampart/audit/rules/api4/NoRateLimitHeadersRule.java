package dev.rampart.audit.rules.api4;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.Operation;
import dev.rampart.core.model.Response;
import dev.rampart.core.spec.ObjectNode;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Successful responses of rate-limited operations (those documenting a 429) that declare no rate limit headers.
 * Operations without a 429 are left to {@code limits-no-429}, so an unlimited API is not reported twice per operation.
 */
public final class NoRateLimitHeadersRule extends AbstractRule {
    private static final Set<String> HEADERS = Set.of("ratelimit", "ratelimit-limit", "ratelimit-remaining", "ratelimit-reset",
            "ratelimit-policy", "x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset", "x-rate-limit-limit",
            "x-rate-limit-remaining", "x-rate-limit-reset");

    public NoRateLimitHeadersRule() {
        super("limits-no-rate-limit-headers", OwaspCategory.API4, 770, Severity.INFO,
                "Successful response declares no rate limit headers",
                "Without RateLimit (or X-RateLimit-*) headers on successful responses, clients cannot see their remaining quota and "
                        + "only learn about the limit by hitting 429s, which encourages bursty retry behaviour.",
                "Return and document RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset (or the combined RateLimit header, "
                        + "or the X-RateLimit-* equivalents) on successful responses.");
    }

    @Override
    public void check(AuditContext ctx) {
        Map<ObjectNode, Boolean> seen = new IdentityHashMap<>();
        for (Operation op : ctx.model().operations()) {
            if (op.webhook() || op.response("429").isEmpty()) {
                continue;
            }
            for (Response r : op.responses()) {
                if (r.isSuccess() && r.headers().stream().noneMatch(h -> HEADERS.contains(h.toLowerCase(Locale.ROOT)))
                        && seen.put(r.node(), Boolean.TRUE) == null) {
                    ctx.report(op, r.node(), r.status() + " response of " + op.label() + " declares no rate limit headers (RateLimit-*, X-RateLimit-*)");
                }
            }
        }
    }
}
