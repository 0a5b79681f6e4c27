package dev.rampart.core.report;

import dev.rampart.core.finding.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** JUnit XML for CI systems: one testsuite, one failing testcase per finding. */
public final class JunitReportWriter implements ReportWriter {
    @Override
    public String format() {
        return "junit";
    }

    @Override
    public String fileName() {
        return "rampart-junit.xml";
    }

    @Override
    public void write(Report report, Writer out, boolean color) throws IOException {
        List<Finding> fs = report.findings();
        double secs = report.duration() == null ? 0 : report.duration().toMillis() / 1000.0;
        String name = "rampart " + report.command() + (report.targets().isEmpty() ? ""
                : " " + String.join(", ", report.targets().stream().map(ReportTarget::name).toList()));
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<testsuites name=\"rampart\" tests=\"").append(Math.max(1, fs.size())).append("\" failures=\"")
                .append(fs.size()).append("\" time=\"").append(secs).append("\">\n");
        sb.append("  <testsuite name=\"").append(Xml.attr(name)).append("\" tests=\"").append(Math.max(1, fs.size()))
                .append("\" failures=\"").append(fs.size()).append("\" errors=\"0\" skipped=\"0\" time=\"").append(secs);
        if (report.started() != null) {
            sb.append("\" timestamp=\"").append(Xml.esc(report.started().toString()));
        }
        sb.append("\">\n");
        if (fs.isEmpty()) {
            sb.append("    <testcase name=\"no findings\" classname=\"rampart\" time=\"0\"/>\n");
        }
        for (Finding f : fs) {
            sb.append("    <testcase name=\"").append(Xml.attr(f.ruleId() + " " + f.location()))
                    .append("\" classname=\"").append(Xml.esc(f.category().fullName())).append("\" time=\"0\">\n");
            sb.append("      <failure type=\"").append(Xml.esc(f.severity().label())).append("\" message=\"")
                    .append(Xml.attr(f.message().isEmpty() ? f.title() : f.message())).append("\">");
            StringBuilder d = new StringBuilder();
            d.append(f.severity().label()).append(' ').append(f.ruleId()).append(": ").append(f.title()).append('\n');
            d.append("location: ").append(f.location()).append('\n');
            if (!f.location().pointer().isEmpty()) {
                d.append("pointer: ").append(f.location().pointer()).append('\n');
            }
            if (!f.cweId().isEmpty()) {
                d.append("cwe: ").append(f.cweId()).append('\n');
            }
            d.append("message: ").append(f.message()).append('\n');
            if (!f.description().isEmpty()) {
                d.append("why: ").append(f.description()).append('\n');
            }
            if (!f.remediation().isEmpty()) {
                d.append("fix: ").append(f.remediation()).append('\n');
            }
            d.append("see: ").append(f.category().url());
            sb.append(Xml.esc(d.toString())).append("</failure>\n    </testcase>\n");
        }
        sb.append("  </testsuite>\n</testsuites>\n");
        out.write(sb.toString());
        out.flush();
    }
}
