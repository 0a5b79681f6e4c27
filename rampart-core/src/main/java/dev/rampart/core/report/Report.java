package dev.rampart.core.report;

import dev.rampart.core.finding.Finding;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.spec.SourceDocument;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a report writer needs: which tool and command produced it, the targets, the findings
 * (already filtered and sorted), and the source documents so writers can show excerpts.
 *
 * @param command    "audit", "scan", ...
 * @param suppressed findings left out by ignores or a baseline, for the summary line
 * @param sources    documents by display name, for spec excerpts (may be empty)
 */
public record Report(
        String toolVersion,
        String command,
        List<ReportTarget> targets,
        List<Finding> findings,
        int suppressed,
        Instant started,
        Duration duration,
        Map<String, SourceDocument> sources) {

    public Report {
        targets = List.copyOf(targets);
        findings = List.copyOf(findings);
        sources = Map.copyOf(sources);
    }

    /** Number of findings per severity, every severity present (0 when none). */
    public Map<Severity, Integer> countBySeverity() {
        Map<Severity, Integer> out = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            out.put(s, 0);
        }
        for (Finding f : findings) {
            out.merge(f.severity(), 1, Integer::sum);
        }
        return out;
    }

    /**
     * Lines around a location in its spec file, for showing context: up to {@code context} lines
     * before and after. Empty when the source is unknown.
     */
    public List<SourceLine> excerpt(Finding f, int context) {
        List<SourceLine> out = new ArrayList<>();
        SourceDocument doc = sources.get(f.location().file());
        int line = f.location().line();
        if (doc == null || line <= 0) {
            return out;
        }
        for (int i = Math.max(1, line - context); i <= Math.min(doc.lineCount(), line + context); i++) {
            String text = doc.line(i);
            if (text.length() > 240) {
                text = text.substring(0, 237) + "...";
            }
            out.add(new SourceLine(i, text, i == line));
        }
        return out;
    }

    /** One line of an excerpt; {@code highlighted} marks the finding's own line. */
    public record SourceLine(int number, String text, boolean highlighted) {
    }
}
