package dev.rampart.audit.rules.structure;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import java.util.HashMap;
import java.util.Map;

/** Path templates that differ only in the names of their parameters. */
public final class EquivalentPathsRule extends AbstractRule {
    public EquivalentPathsRule() {
        super("structure-equivalent-paths", OwaspCategory.API8, 20, Severity.MEDIUM,
                "Path templates differ only by parameter names",
                "Templates such as /users/{id} and /users/{userId} match exactly the same requests, so which "
                        + "definition (and which validation and security) applies depends on the router: requests "
                        + "may reach a handler under the other path's rules.",
                "Merge the equivalent paths into one template with one parameter name, or make them differ in a "
                        + "literal segment.");
    }

    @Override
    public void check(AuditContext ctx) {
        ctx.model().root().object("paths").ifPresent(paths -> {
            Map<String, String> first = new HashMap<>();
            for (var e : paths.entries()) {
                String path = e.getKey();
                if (path.startsWith("x-") || path.indexOf('{') < 0) {
                    continue;
                }
                String shape = PathTemplates.PARAM.matcher(path).replaceAll("{}");
                String prev = first.putIfAbsent(shape, path);
                if (prev != null) {
                    ctx.report(e.getValue(), "path '" + path + "' is equivalent to '" + prev
                            + "': they differ only by parameter names and match the same requests");
                }
            }
        });
    }
}
