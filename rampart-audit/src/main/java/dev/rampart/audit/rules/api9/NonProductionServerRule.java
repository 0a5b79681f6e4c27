package dev.rampart.audit.rules.api9;

import dev.rampart.audit.rules.Hosts;
import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.Confidence;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.Server;
import dev.rampart.core.spec.Node;
import dev.rampart.core.spec.SpecVersion;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Servers on loopback, private, .local or dev/staging/test/internal hosts. */
public final class NonProductionServerRule extends AbstractRule {
    private static final Set<String> ENV_WORDS = Set.of("dev", "development", "staging", "stage", "stg", "test",
            "testing", "qa", "sandbox", "uat", "internal", "preprod", "intranet");
    private static final Pattern LABEL_SPLIT = Pattern.compile("[.\\-_]");
    private static final Pattern PRIVATE_IP = Pattern.compile(
            "^(10\\.\\d+|192\\.168|172\\.(1[6-9]|2\\d|3[01]))\\.\\d+\\.\\d+$");

    public NonProductionServerRule() {
        super("inventory-non-production-server", OwaspCategory.API9, 1059, Severity.MEDIUM,
                "Non-production server is published",
                "Development, staging, test and internal hosts listed in a published contract reveal environments "
                        + "that usually run older code with weaker authentication, debug features and copies of real "
                        + "data, and invite direct attacks on them.",
                "Publish only production servers; keep environment-specific servers in separate, internal spec "
                        + "variants, and make sure non-production environments are not reachable from the internet.");
    }

    @Override
    public void check(AuditContext ctx) {
        boolean v2 = ctx.model().version() == SpecVersion.SWAGGER_2_0;
        Map<Node, Boolean> reported = new IdentityHashMap<>();
        for (Server s : ctx.model().servers()) {
            String host = Hosts.host(s.rawUrl());
            if (host.isEmpty() || host.contains("{")) {
                continue;
            }
            Node at = v2 && ctx.model().root().get("host") != null ? ctx.model().root().get("host") : s.node();
            String kind = kind(host);
            if (kind == null || reported.put(at, Boolean.TRUE) != null) {
                continue;
            }
            Severity sev = kind.equals("a loopback host") ? Severity.LOW : Severity.MEDIUM;
            ctx.report(at, "server '" + s.url() + "' points at " + kind + " ('" + host + "')", sev, Confidence.FIRM);
        }
    }

    static String kind(String host) {
        if (host.equals("localhost") || host.endsWith(".localhost") || host.startsWith("127.") || host.equals("[::1]")
                || host.equals("0.0.0.0")) {
            return "a loopback host";
        }
        if (PRIVATE_IP.matcher(host).matches()) {
            return "a private network address";
        }
        if (host.endsWith(".local") || host.endsWith(".internal") || host.endsWith(".lan") || host.endsWith(".corp")) {
            return "an internal domain";
        }
        for (String label : LABEL_SPLIT.split(host)) {
            if (ENV_WORDS.contains(label)) {
                return "a non-production environment";
            }
        }
        return null;
    }
}
