package dev.rampart.audit.rules.api7;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.audit.rules.RuleSupport;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.Operation;
import dev.rampart.core.model.Parameter;
import dev.rampart.core.spec.Node;

/** Path, query, header, cookie and form parameters that take a URL the server may fetch. */
public final class SsrfUrlParameterRule extends AbstractRule {
    public SsrfUrlParameterRule() {
        super("ssrf-url-parameter", OwaspCategory.API7, 918, Severity.MEDIUM,
                "Parameter takes a URL",
                "A parameter that carries a URL is a classic server-side request forgery vector: if the server fetches it "
                        + "(previews, imports, webhooks, redirects), an attacker can make it call internal services or cloud metadata endpoints.",
                "Avoid taking URLs from clients; if you must, validate them against an allow-list of schemes and hosts, resolve and "
                        + "reject private, loopback and link-local addresses, and fetch through an egress proxy.");
    }

    @Override
    public void check(AuditContext ctx) {
        for (Operation op : ctx.model().operations()) {
            if (op.webhook()) {
                continue;
            }
            for (Parameter p : RuleSupport.nonBodyParameters(op)) {
                // A path segment is rarely a URL: only a URI format says so (names like 'target_user' do not).
                if (p.inPath() && !uriFormat(p)) {
                    continue;
                }
                if (UrlNames.takesUrl(p.name(), p.schema().orElse(null))) {
                    Node at = p.node().get("name") != null ? p.node().get("name") : p.node();
                    ctx.report(op, at, p.in() + " parameter '" + p.name() + "' takes a URL; if the server fetches it, it can be abused for SSRF");
                }
            }
        }
    }

    private static boolean uriFormat(Parameter p) {
        String f = p.schema().map(s -> s.format()).orElse("");
        return f.startsWith("uri") || f.startsWith("url") || f.startsWith("iri");
    }
}
