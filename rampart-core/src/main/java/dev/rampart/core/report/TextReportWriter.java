package dev.rampart.core.report;

import dev.rampart.core.finding.Finding;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Human-readable terminal output, grouped by OWASP category. */
public final class TextReportWriter implements ReportWriter {
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";

    @Override
    public String format() {
        return "text";
    }

    @Override
    public String fileName() {
        return "rampart.txt";
    }

    @Override
    public void write(Report report, Writer out, boolean color) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (ReportTarget t : report.targets()) {
            sb.append(c(color, BOLD, "Rampart " + report.command() + ": " + clean(t.name())));
            if (!t.description().isEmpty()) {
                sb.append(" (").append(clean(t.description())).append(')');
            }
            sb.append('\n');
        }
        sb.append('\n');
        if (report.findings().isEmpty()) {
            sb.append(c(color, "\u001b[32m", "No findings.")).append('\n');
        } else {
            Map<OwaspCategory, List<Finding>> byCat = new EnumMap<>(OwaspCategory.class);
            for (Finding f : report.findings()) {
                byCat.computeIfAbsent(f.category(), k -> new ArrayList<>()).add(f);
            }
            for (Map.Entry<OwaspCategory, List<Finding>> e : byCat.entrySet()) {
                StringBuilder head = new StringBuilder(e.getKey().fullName());
                for (ReportTarget t : report.targets()) {
                    if (t.scores().isPresent() && t.scores().get().perCategory().containsKey(e.getKey())) {
                        head.append("  score ").append(t.scores().get().perCategory().get(e.getKey())).append("/100");
                        if (report.targets().size() > 1) {
                            head.append(" (").append(clean(t.name())).append(')');
                        }
                    }
                }
                sb.append(c(color, BOLD, head.toString())).append('\n');
                for (Finding f : e.getValue()) {
                    String tag = String.format("%-10s", "[" + f.severity().label().toUpperCase(java.util.Locale.ROOT) + "]");
                    sb.append("  ").append(c(color, sevColor(f.severity()), tag)).append(' ')
                            .append(clean(f.ruleId())).append("  ").append(c(color, DIM, clean(f.location().toString())))
                            .append('\n');
                    sb.append("      ").append(clean(f.message().isEmpty() ? f.title() : f.message())).append('\n');
                    if (!f.remediation().isEmpty()) {
                        sb.append("      fix: ").append(clean(f.remediation())).append('\n');
                    }
                }
                sb.append('\n');
            }
        }
        sb.append(c(color, BOLD, "Summary")).append('\n');
        StringBuilder counts = new StringBuilder();
        for (Map.Entry<Severity, Integer> e : report.countBySeverity().entrySet()) {
            if (counts.length() > 0) {
                counts.append(", ");
            }
            counts.append(e.getValue()).append(' ').append(e.getKey().label());
        }
        sb.append("  ").append(report.findings().size()).append(" finding").append(report.findings().size() == 1 ? "" : "s")
                .append(" (").append(counts).append(")");
        if (report.suppressed() > 0) {
            sb.append(", ").append(report.suppressed()).append(" suppressed");
        }
        sb.append('\n');
        for (ReportTarget t : report.targets()) {
            if (t.scores().isPresent()) {
                Scores s = t.scores().get();
                sb.append("  score ").append(s.overall()).append("/100, grade ").append(s.grade())
                        .append("  ").append(clean(t.name())).append('\n');
            }
        }
        if (report.duration() != null) {
            sb.append("  took ").append(report.duration().toMillis()).append(" ms\n");
        }
        out.write(sb.toString());
        out.flush();
    }

    private static String sevColor(Severity s) {
        return switch (s) {
            case CRITICAL -> "\u001b[1;35m";
            case HIGH -> "\u001b[31m";
            case MEDIUM -> "\u001b[33m";
            case LOW -> "\u001b[36m";
            case INFO -> "\u001b[2m";
        };
    }

    private static String c(boolean color, String code, String text) {
        return color ? code + text + RESET : text;
    }

    /** Control characters (incl. ESC from hostile specs) would mess up the terminal: replace them. */
    static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            sb.append(ch == '\t' ? ' ' : Character.isISOControl(ch) ? '?' : ch);
        }
        return sb.toString();
    }
}
