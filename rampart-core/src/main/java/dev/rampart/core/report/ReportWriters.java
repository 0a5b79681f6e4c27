package dev.rampart.core.report;

import java.util.List;
import java.util.Locale;

/** The available report writers, by format name. */
public final class ReportWriters {
    private static final List<ReportWriter> ALL = List.of(
            new TextReportWriter(), new JsonReportWriter(), new SarifReportWriter(),
            new HtmlReportWriter(), new JunitReportWriter());

    private ReportWriters() {
    }

    public static List<ReportWriter> all() {
        return ALL;
    }

    public static ReportWriter forFormat(String format) {
        String f = format == null ? "" : format.trim().toLowerCase(Locale.ROOT);
        for (ReportWriter w : ALL) {
            if (w.format().equals(f)) {
                return w;
            }
        }
        throw new IllegalArgumentException("unknown report format '" + format + "' (expected text, json, sarif, html or junit)");
    }
}
