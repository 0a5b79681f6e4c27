package dev.rampart.audit;

import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;

/**
 * The fixed description of a rule.
 *
 * @param id          stable, kebab-case id ("auth-http-basic"): used in configs, ignores, baselines and SARIF
 * @param title       short statement of the problem
 * @param category    OWASP API Security Top 10 2023 category
 * @param cwe         CWE number
 * @param severity    default severity (a finding may carry another, and config may override)
 * @param description why it matters, in a sentence or three
 * @param remediation how to fix it
 */
public record RuleInfo(String id, String title, OwaspCategory category, int cwe, Severity severity, String description,
        String remediation) {
}
