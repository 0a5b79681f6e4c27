package dev.rampart.audit;

import dev.rampart.core.finding.Confidence;
import dev.rampart.core.finding.Finding;
import dev.rampart.core.finding.Location;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.ApiModel;
import dev.rampart.core.model.Operation;
import dev.rampart.core.spec.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * What a rule sees while it runs: the model of the spec, and a place to report findings. The
 * engine gives each rule its own context, so a report is always attributed to the right rule.
 */
public final class AuditContext {
    private final ApiModel model;
    private final RuleInfo rule;
    private final List<Finding> findings = new ArrayList<>();
    private int suppressed;

    public AuditContext(ApiModel model, RuleInfo rule) {
        this.model = model;
        this.rule = rule;
    }

    public ApiModel model() {
        return model;
    }

    public RuleInfo rule() {
        return rule;
    }

    /** Reports a finding at a node, with the rule's default severity. */
    public void report(Node at, String message) {
        report(at, message, rule.severity(), Confidence.FIRM);
    }

    /** Reports a finding at a node of an operation: the location names the endpoint too. */
    public void report(Operation op, Node at, String message) {
        report(op, at, message, rule.severity());
    }

    /** Reports with a severity other than the rule's default (e.g. higher for write operations). */
    public void report(Operation op, Node at, String message, Severity severity) {
        if (Suppressions.ignored(at, rule.id()) || Suppressions.ignored(op.node(), rule.id())) {
            suppressed++;
            return;
        }
        add(at.location().withEndpoint(op.method(), op.path()), message, severity, Confidence.FIRM);
    }

    public void report(Node at, String message, Severity severity, Confidence confidence) {
        if (Suppressions.ignored(at, rule.id())) {
            suppressed++;
            return;
        }
        add(at.location(), message, severity, confidence);
    }

    private void add(Location location, String message, Severity severity, Confidence confidence) {
        findings.add(new Finding(rule.id(), rule.title(), rule.category(), rule.cwe(), severity, confidence, location,
                message, rule.description(), rule.remediation(), List.of()));
    }

    public List<Finding> findings() {
        return findings;
    }

    /** Findings dropped because an {@code x-rampart-ignore} covered them. */
    public int suppressed() {
        return suppressed;
    }
}
