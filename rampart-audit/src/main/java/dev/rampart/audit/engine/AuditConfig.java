package dev.rampart.audit.engine;

import dev.rampart.core.finding.Severity;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How to run the rules: which are off, and which report at another severity than their default.
 * Read from {@code rampart.yaml} by {@link AuditConfigLoader}, or built in code.
 *
 * @param failOn default for {@code --fail-on} when the command line does not give one
 */
public record AuditConfig(Set<String> disabledRules, Map<String, Severity> severities, Optional<Severity> failOn) {

    public AuditConfig {
        disabledRules = Set.copyOf(disabledRules);
        severities = Map.copyOf(severities);
    }

    public static AuditConfig defaults() {
        return new AuditConfig(Set.of(), Map.of(), Optional.empty());
    }

    public boolean enabled(String ruleId) {
        return !disabledRules.contains(ruleId);
    }
}
