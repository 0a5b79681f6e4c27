package dev.rampart.core.report;

import static dev.rampart.core.report.Xml.esc;

import dev.rampart.core.finding.Evidence;
import dev.rampart.core.finding.Finding;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One self-contained HTML page (inline CSS, no scripts, no external fetches). */
public final class HtmlReportWriter implements ReportWriter {
    private static final String CSS = """
            body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;background:#f6f7f9;color:#1d2330}
            header{background:#1d2330;color:#fff;padding:24px 32px}header h1{margin:0 0 4px;font-size:22px}
            header .t{color:#c8cdd8;font-size:14px}main{max-width:1100px;margin:0 auto;padding:24px 32px}
            .cards{display:flex;gap:16px;flex-wrap:wrap}.card{background:#fff;border-radius:8px;padding:16px 20px;box-shadow:0 1px 3px #0002}
            .big{font-size:36px;font-weight:700}.grade{font-size:36px;font-weight:700;margin-left:12px}
            table{border-collapse:collapse;width:100%}td,th{padding:4px 8px;text-align:left;font-size:14px}
            .bar{background:#e3e6ec;border-radius:4px;height:10px;width:240px}.bar>div{height:10px;border-radius:4px}
            .badge{display:inline-block;padding:2px 8px;border-radius:10px;color:#fff;font-size:12px;font-weight:600;text-transform:uppercase}
            .critical{background:#7b1fa2}.high{background:#d32f2f}.medium{background:#f57c00}.low{background:#0288d1}.info{background:#757575}
            h2{margin-top:32px;border-bottom:2px solid #d0d4dc;padding-bottom:4px}h2 a{font-size:13px;font-weight:400;margin-left:8px}
            .f{background:#fff;border-radius:8px;padding:14px 18px;margin:12px 0;box-shadow:0 1px 3px #0002}
            .f h3{margin:0 0 6px;font-size:16px}.loc{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:13px;color:#555}
            .lbl{font-weight:600}pre{background:#f0f2f5;padding:8px;overflow:auto;font-size:12px;margin:6px 0;white-space:pre-wrap;word-break:break-all}
            .ex{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px;background:#f0f2f5;border-radius:4px;padding:6px 0;overflow:auto}
            .ex div{white-space:pre;padding:0 8px}.ex .hl{background:#ffe08a}.ex .n{color:#888;display:inline-block;width:4em;text-align:right;margin-right:8px}
            .ev{display:flex;gap:12px}.ev>div{flex:1;min-width:0}.none{font-size:18px;color:#2e7d32}
            """;

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String fileName() {
        return "rampart.html";
    }

    @Override
    public void write(Report report, Writer out, boolean color) throws IOException {
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        sb.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
        sb.append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">");
        sb.append("<title>Rampart ").append(esc(report.command())).append(" report</title><style>").append(CSS).append("</style></head><body>\n");
        sb.append("<header><h1>Rampart ").append(esc(report.command())).append(" report</h1>");
        for (ReportTarget t : report.targets()) {
            sb.append("<div class=\"t\">").append(esc(t.name()));
            if (!t.description().isEmpty()) {
                sb.append(" &mdash; ").append(esc(t.description()));
            }
            sb.append("</div>");
        }
        sb.append("<div class=\"t\">Rampart ").append(esc(report.toolVersion()));
        if (report.started() != null) {
            sb.append(", started ").append(esc(report.started().toString()));
        }
        if (report.duration() != null) {
            sb.append(", took ").append(report.duration().toMillis()).append(" ms");
        }
        sb.append("</div></header>\n<main>\n<div class=\"cards\">");
        for (ReportTarget t : report.targets()) {
            if (t.scores().isPresent()) {
                Scores s = t.scores().get();
                sb.append("<div class=\"card\"><div>Score").append(report.targets().size() > 1 ? " &mdash; " + esc(t.name()) : "")
                        .append("</div><span class=\"big\">").append(s.overall()).append("</span>/100<span class=\"grade\">")
                        .append(esc(s.grade())).append("</span></div>");
            }
        }
        sb.append("<div class=\"card\"><div>Findings</div><span class=\"big\">").append(report.findings().size()).append("</span><div>");
        for (Map.Entry<Severity, Integer> e : report.countBySeverity().entrySet()) {
            sb.append("<span class=\"badge ").append(e.getKey().label()).append("\">").append(e.getValue()).append(' ')
                    .append(e.getKey().label()).append("</span> ");
        }
        if (report.suppressed() > 0) {
            sb.append("<div>").append(report.suppressed()).append(" suppressed</div>");
        }
        sb.append("</div></div></div>\n");
        for (ReportTarget t : report.targets()) {
            if (t.scores().isEmpty()) {
                continue;
            }
            sb.append("<h2>Scores by category").append(report.targets().size() > 1 ? " &mdash; " + esc(t.name()) : "").append("</h2><table>");
            for (OwaspCategory c : OwaspCategory.values()) {
                Integer v = t.scores().get().perCategory().get(c);
                if (v == null) {
                    continue;
                }
                int w = Math.max(0, Math.min(100, v));
                String col = w >= 90 ? "#2e7d32" : w >= 60 ? "#f57c00" : "#d32f2f";
                sb.append("<tr><td><a href=\"").append(esc(c.url())).append("\">").append(esc(c.code())).append("</a></td><td>")
                        .append(esc(c.title())).append("</td><td><div class=\"bar\"><div style=\"width:").append(w)
                        .append("%;background:").append(col).append("\"></div></div></td><td>").append(v).append("</td></tr>");
            }
            sb.append("</table>\n");
        }
        if (report.findings().isEmpty()) {
            sb.append("<p class=\"none\">No findings.</p>\n");
        }
        Map<OwaspCategory, List<Finding>> byCat = new EnumMap<>(OwaspCategory.class);
        for (Finding f : report.findings()) {
            byCat.computeIfAbsent(f.category(), k -> new ArrayList<>()).add(f);
        }
        for (Map.Entry<OwaspCategory, List<Finding>> e : byCat.entrySet()) {
            OwaspCategory c = e.getKey();
            sb.append("<h2 id=\"").append(c.name()).append("\">").append(esc(c.fullName())).append("<a href=\"")
                    .append(esc(c.url())).append("\">OWASP</a></h2>\n");
            for (Finding f : e.getValue()) {
                finding(sb, report, f);
            }
        }
        sb.append("</main></body></html>\n");
        out.write(sb.toString());
        out.flush();
    }

    private static void finding(StringBuilder sb, Report report, Finding f) {
        sb.append("<div class=\"f\"><h3><span class=\"badge ").append(f.severity().label()).append("\">")
                .append(f.severity().label()).append("</span> ").append(esc(f.title().isEmpty() ? f.ruleId() : f.title())).append("</h3>");
        sb.append("<div class=\"loc\">").append(esc(f.ruleId()));
        if (!f.cweId().isEmpty()) {
            sb.append(" &middot; ").append(esc(f.cweId()));
        }
        sb.append(" &middot; confidence ").append(esc(f.confidence().label()));
        if (!f.location().toString().isEmpty()) {
            sb.append(" &middot; ").append(esc(f.location().toString()));
        }
        if (!f.location().pointer().isEmpty()) {
            sb.append(" &middot; ").append(esc(f.location().pointer()));
        }
        sb.append("</div>");
        sb.append("<p>").append(esc(f.message())).append("</p>");
        if (!f.description().isEmpty()) {
            sb.append("<p><span class=\"lbl\">Why it matters:</span> ").append(esc(f.description())).append("</p>");
        }
        if (!f.remediation().isEmpty()) {
            sb.append("<p><span class=\"lbl\">How to fix:</span> ").append(esc(f.remediation())).append("</p>");
        }
        List<Report.SourceLine> ex = report.excerpt(f, 3);
        if (!ex.isEmpty()) {
            sb.append("<div class=\"ex\">");
            for (Report.SourceLine l : ex) {
                sb.append("<div").append(l.highlighted() ? " class=\"hl\"" : "").append("><span class=\"n\">").append(l.number())
                        .append("</span>").append(esc(l.text())).append("</div>");
            }
            sb.append("</div>");
        }
        for (Evidence ev : f.evidence()) {
            sb.append("<div class=\"lbl\">Evidence").append(ev.label().isEmpty() ? "" : " (" + esc(ev.label()) + ")").append("</div>");
            sb.append("<div class=\"ev\"><div><div>Request</div><pre>").append(esc(ev.request())).append("</pre></div><div><div>Response</div><pre>")
                    .append(esc(ev.response())).append("</pre></div></div>");
            if (!ev.reproduce().isEmpty()) {
                sb.append("<div>Reproduce:</div><pre>").append(esc(ev.reproduce())).append("</pre>");
            }
        }
        sb.append("<div><a href=\"").append(esc(f.category().url())).append("\">").append(esc(f.category().fullName()))
                .append("</a></div></div>\n");
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
