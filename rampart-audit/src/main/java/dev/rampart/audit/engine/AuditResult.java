package dev.rampart.audit.engine;

import dev.rampart.core.finding.Finding;
import dev.rampart.core.model.ApiModel;
import dev.rampart.core.report.Scores;
import java.util.List;

/**
 * The outcome of auditing one spec.
 *
 * @param findings   sorted worst first, then by file and line
 * @param suppressed findings silenced by {@code x-rampart-ignore}
 * @param ruleErrors rules that failed with an internal error (a bug in Rampart, not in the spec)
 */
public record AuditResult(ApiModel model, List<Finding> findings, int suppressed, Scores scores, List<String> ruleErrors) {
}
