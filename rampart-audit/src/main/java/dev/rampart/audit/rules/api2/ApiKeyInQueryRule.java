package dev.rampart.audit.rules.api2;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.SecurityScheme;
import dev.rampart.core.spec.Node;
import dev.rampart.core.spec.ObjectNode;

/** API key sent in the query string. */
public final class ApiKeyInQueryRule extends AbstractRule {
    public ApiKeyInQueryRule() {
        super("auth-apikey-in-query", OwaspCategory.API2, 598, Severity.MEDIUM, "API key sent in the query string",
                "Query strings end up in server and proxy access logs, browser history and Referer headers, so an API key sent there leaks to anyone who can read those.",
                "Send the API key in a request header (e.g. 'in: header', name X-API-Key) or use OAuth 2.0 bearer tokens.");
    }

    @Override
    public void check(AuditContext ctx) {
        for (SecurityScheme s : ctx.model().securitySchemes().values()) {
            if (s.isApiKey() && s.in().equals("query")) {
                ctx.report(at(s.node(), "in"), "API key '" + s.parameterName() + "' of scheme '" + s.name() + "' is sent in the query string");
            }
        }
    }

    private static Node at(ObjectNode n, String key) {
        return n.has(key) ? n.get(key) : n;
    }
}
