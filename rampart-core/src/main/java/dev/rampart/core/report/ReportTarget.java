package dev.rampart.core.report;

import java.util.Optional;

/**
 * What one part of a report is about: a spec file (audit) or a running API (scan).
 *
 * @param name        the spec file as given, or the target URL
 * @param description e.g. "OpenAPI 3.0.3, 42 operations"
 * @param scores      present for audits
 */
public record ReportTarget(String name, String description, Optional<Scores> scores) {
}
