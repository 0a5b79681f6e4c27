package dev.rampart.audit.engine;

import dev.rampart.audit.AuditContext;
import dev.rampart.audit.Rule;
import dev.rampart.audit.rules.RuleCatalog;
import dev.rampart.core.finding.Finding;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.ApiModel;
import dev.rampart.core.spec.Spec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs the rules over a spec: builds the model once, gives each enabled rule its own context,
 * applies the configured severities, removes duplicates, sorts, and scores.
 */
public final class Auditor {
    private static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.severity().ordinal())
            .thenComparing(f -> f.category().ordinal())
            .thenComparing(f -> f.location().file())
            .thenComparingInt(f -> f.location().line())
            .thenComparingInt(f -> f.location().column())
            .thenComparing(Finding::ruleId);

    private final List<Rule> rules;
    private final AuditConfig config;

    public Auditor(List<Rule> rules, AuditConfig config) {
        this.rules = List.copyOf(rules);
        this.config = config;
    }

    /** An auditor with every built-in rule and the given config. */
    public static Auditor withBuiltInRules(AuditConfig config) {
        return new Auditor(RuleCatalog.all(), config);
    }

    public List<Rule> rules() {
        return rules;
    }

    public AuditResult audit(Spec spec) {
        ApiModel model = ApiModel.of(spec);
        List<Finding> findings = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        int suppressed = 0;
        for (Rule rule : rules) {
            String id = rule.info().id();
            if (!config.enabled(id)) {
                continue;
            }
            AuditContext ctx = new AuditContext(model, rule.info());
            try {
                rule.check(ctx);
            } catch (RuntimeException | StackOverflowError e) {
                // A rule bug must not hide every other rule's findings; it is reported as such.
                errors.add(id + ": " + e);
                continue;
            }
            Severity override = config.severities().get(id);
            for (Finding f : ctx.findings()) {
                findings.add(override == null ? f : f.withSeverity(override));
            }
            suppressed += ctx.suppressed();
        }
        List<Finding> unique = dedupe(findings);
        unique.sort(ORDER);
        return new AuditResult(model, List.copyOf(unique), suppressed, ScoreCalculator.score(unique), List.copyOf(errors));
    }

    private static List<Finding> dedupe(List<Finding> findings) {
        Set<String> seen = new HashSet<>();
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (seen.add(f.fingerprint() + "|" + f.message())) {
                out.add(f);
            }
        }
        return out;
    }
}
