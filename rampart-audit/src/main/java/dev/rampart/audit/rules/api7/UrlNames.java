package dev.rampart.audit.rules.api7;

import dev.rampart.audit.rules.RuleSupport;
import dev.rampart.core.model.Schema;

/** URL-taking names for the SSRF rules, without identifiers whose names merely mention a site or target. */
final class UrlNames {
    private UrlNames() {
    }

    /** True when a parameter or property takes a URL; "site_id" or "target_team_ids" are identifiers, not URLs. */
    static boolean takesUrl(String name, Schema schema) {
        if (!RuleSupport.isUrlLike(name, schema)) {
            return false;
        }
        String fmt = schema == null ? "" : schema.format();
        if (fmt.startsWith("uri") || fmt.startsWith("url") || fmt.startsWith("iri")) {
            return true;
        }
        String n = RuleSupport.normalize(name);
        return !(n.endsWith("_id") || n.endsWith("_ids") || n.endsWith("_uuid") || n.endsWith("_name") || n.endsWith("_count"));
    }
}
