package dev.rampart.audit;

import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;

/** Base for rules: holds the {@link RuleInfo} given to its constructor. */
public abstract class AbstractRule implements Rule {
    private final RuleInfo info;

    protected AbstractRule(String id, OwaspCategory category, int cwe, Severity severity, String title,
            String description, String remediation) {
        this.info = new RuleInfo(id, title, category, cwe, severity, description, remediation);
    }

    @Override
    public final RuleInfo info() {
        return info;
    }

    @Override
    public String toString() {
        return info.id();
    }
}
