package dev.rampart.audit.rules.api9;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.Server;
import dev.rampart.core.spec.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Several API versions side by side in one document: /v1 paths beside /v2 paths, or servers of different versions. */
public final class MultipleApiVersionsRule extends AbstractRule {
    /** A version segment ("/v1", "/v2.1", "/V3") and what precedes it. */
    private static final Pattern VERSION = Pattern.compile("^((?:/[^/{}]*)*?)/[vV](\\d+)(?:\\.\\d+)*(?=/|$)");
    private static final Pattern SERVER_VERSION = Pattern.compile("/[vV](\\d+)(?:\\.\\d+)*(?=/|$)");

    public MultipleApiVersionsRule() {
        super("inventory-multiple-versions", OwaspCategory.API9, 1059, Severity.MEDIUM,
                "Several API versions are exposed side by side",
                "Older API versions kept running next to newer ones are a classic source of breaches: they miss "
                        + "the fixes, authorization checks and rate limits added later, and are less monitored.",
                "Retire old versions on a published schedule; until then document them in their own spec, mark "
                        + "their operations deprecated, apply the same security controls and monitor their use.");
    }

    @Override
    public void check(AuditContext ctx) {
        // prefix -> version -> first path key node, and path count
        Map<String, TreeMap<Integer, Object[]>> groups = new LinkedHashMap<>();
        ctx.model().root().object("paths").ifPresent(paths -> {
            for (var e : paths.entries()) {
                Matcher m = VERSION.matcher(e.getKey());
                if (!m.find()) {
                    continue;
                }
                int version;
                try {
                    version = Integer.parseInt(m.group(2));
                } catch (NumberFormatException ex) {
                    continue;
                }
                String prefix = m.group(1);
                Object[] g = groups.computeIfAbsent(prefix, k -> new TreeMap<>())
                        .computeIfAbsent(version, k -> new Object[] {e.getValue(), e.getKey(), 0});
                g[2] = (Integer) g[2] + 1;
            }
        });
        for (var g : groups.entrySet()) {
            TreeMap<Integer, Object[]> versions = g.getValue();
            if (versions.size() < 2) {
                continue;
            }
            int newest = versions.lastKey();
            for (var v : versions.headMap(newest).entrySet()) {
                Object[] info = v.getValue();
                ctx.report((Node) info[0], info[2] + " path(s) under '" + g.getKey() + "/v" + v.getKey()
                        + "' (first: " + info[1] + ") are documented beside the newer '" + g.getKey() + "/v" + newest
                        + "'");
            }
        }
        TreeMap<Integer, List<Server>> serverVersions = new TreeMap<>();
        for (Server s : ctx.model().servers()) {
            Matcher m = SERVER_VERSION.matcher(s.url());
            if (m.find()) {
                try {
                    serverVersions.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new ArrayList<>()).add(s);
                } catch (NumberFormatException ignored) {
                    // not a version
                }
            }
        }
        if (serverVersions.size() > 1) {
            int newest = serverVersions.lastKey();
            for (var v : serverVersions.headMap(newest).entrySet()) {
                for (Server s : v.getValue()) {
                    ctx.report(s.node(), "server '" + s.url() + "' serves API v" + v.getKey()
                            + " while another server of this document serves v" + newest);
                }
            }
        }
    }
}
