package dev.rampart.core.finding;

import java.util.List;
import java.util.Objects;

/**
 * One security finding, from whichever part of Rampart raised it.
 *
 * @param ruleId      stable identifier of the rule or check ("auth-http-basic")
 * @param title       short name of the problem
 * @param category    OWASP API Security Top 10 2023 category
 * @param cwe         CWE number (e.g. 287), 0 when none fits
 * @param severity    how bad it is
 * @param confidence  how sure we are
 * @param location    where it is
 * @param message     what exactly was found here, naming the element
 * @param description why it matters
 * @param remediation how to fix it
 * @param evidence    proof (requests and responses) for dynamic findings; empty for static ones
 */
public record Finding(
        String ruleId,
        String title,
        OwaspCategory category,
        int cwe,
        Severity severity,
        Confidence confidence,
        Location location,
        String message,
        String description,
        String remediation,
        List<Evidence> evidence) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        title = title == null ? "" : title;
        confidence = confidence == null ? Confidence.FIRM : confidence;
        message = message == null ? "" : message;
        description = description == null ? "" : description;
        remediation = remediation == null ? "" : remediation;
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** "CWE-287", or "" when there is none. */
    public String cweId() {
        return cwe > 0 ? "CWE-" + cwe : "";
    }

    /**
     * Identity of a finding across runs, for baselines: rule, file and JSON pointer, or rule and
     * endpoint. Line numbers are left out on purpose, since edits elsewhere in a file shift them.
     */
    public String fingerprint() {
        return ruleId + "|" + location.file() + "|" + location.pointer() + "|" + location.method() + "|" + location.path();
    }

    public Finding withSeverity(Severity s) {
        return new Finding(ruleId, title, category, cwe, s, confidence, location, message, description, remediation, evidence);
    }
}
