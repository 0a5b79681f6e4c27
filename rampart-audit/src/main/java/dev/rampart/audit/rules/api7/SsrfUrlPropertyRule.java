package dev.rampart.audit.rules.api7;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.audit.rules.RuleSupport;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.Operation;
import dev.rampart.core.model.Schema;
import dev.rampart.core.model.SchemaWalker;

/** Request body properties that take a URL the server may fetch. Each schema is reported once, at its definition. */
public final class SsrfUrlPropertyRule extends AbstractRule {
    public SsrfUrlPropertyRule() {
        super("ssrf-url-property", OwaspCategory.API7, 918, Severity.MEDIUM,
                "Request property takes a URL",
                "A request body property that carries a URL (webhook target, image or import URL, redirect) lets a client choose "
                        + "where the server sends requests: server-side request forgery against internal services or cloud metadata.",
                "Validate client-supplied URLs against an allow-list of schemes and hosts, resolve them and reject private, loopback "
                        + "and link-local addresses (re-check after redirects), and fetch through an egress-restricted proxy.");
    }

    @Override
    public void check(AuditContext ctx) {
        SchemaWalker walker = new SchemaWalker();
        for (Operation op : ctx.model().operations()) {
            if (op.webhook()) {
                continue;
            }
            for (Schema root : RuleSupport.requestSchemas(op)) {
                walker.walk(root, (s, name) -> {
                    if (!name.isEmpty() && !s.flag("readOnly") && UrlNames.takesUrl(name, s)) {
                        ctx.report(op, s.node(), "request property '" + name + "' takes a URL; if the server fetches it, it can be abused for SSRF");
                    }
                });
            }
        }
    }
}
