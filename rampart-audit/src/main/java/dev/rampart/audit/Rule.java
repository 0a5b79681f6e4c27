package dev.rampart.audit;

/**
 * One static check of an OpenAPI document. Each rule is a class of its own, named for what it
 * finds, in the package of its OWASP category ({@code rules.api2} ...). A rule reads the model
 * through {@link AuditContext} and reports what it finds there; it keeps no state between audits.
 */
public interface Rule {
    /** What the rule is: id, title, category, CWE, default severity, why it matters, how to fix it. */
    RuleInfo info();

    /** Examines the spec and reports every finding through {@code ctx}. */
    void check(AuditContext ctx);
}
