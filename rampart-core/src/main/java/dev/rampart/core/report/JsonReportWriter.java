package dev.rampart.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rampart.core.finding.Evidence;
import dev.rampart.core.finding.Finding;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Machine-readable report. Shape (stable; fields are always present, absent values are "" or 0):
 *
 * <pre>
 * {tool:{name:"rampart",version}, command, started (ISO-8601 instant), durationMs,
 *  targets:[{name, description, scores:{overall, grade, categories:{API1:int,..}} | null}],
 *  summary:{total, bySeverity:{critical,high,medium,low,info}, suppressed},
 *  findings:[{ruleId, title, category:"API2", categoryName, cwe:"CWE-287"|"", severity, confidence,
 *             location:{file,line,column,pointer,method,path}, message, description, remediation,
 *             fingerprint, evidence:[{label,request,response,reproduce}]}]}
 * </pre>
 */
public final class JsonReportWriter implements ReportWriter {
    static final ObjectMapper MAPPER = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String fileName() {
        return "rampart.json";
    }

    @Override
    public void write(Report report, Writer out, boolean color) throws IOException {
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, toTree(report));
        out.write('\n');
        out.flush();
    }

    /** The report as a Jackson tree, in the documented shape. */
    public ObjectNode toTree(Report report) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode tool = root.putObject("tool");
        tool.put("name", "rampart");
        tool.put("version", report.toolVersion());
        root.put("command", report.command());
        root.put("started", report.started() == null ? "" : report.started().toString());
        root.put("durationMs", report.duration() == null ? 0 : report.duration().toMillis());
        ArrayNode targets = root.putArray("targets");
        for (ReportTarget t : report.targets()) {
            ObjectNode tn = targets.addObject();
            tn.put("name", t.name());
            tn.put("description", t.description());
            if (t.scores().isPresent()) {
                Scores s = t.scores().get();
                ObjectNode sn = tn.putObject("scores");
                sn.put("overall", s.overall());
                sn.put("grade", s.grade());
                ObjectNode cats = sn.putObject("categories");
                for (OwaspCategory c : OwaspCategory.values()) {
                    Integer v = s.perCategory().get(c);
                    if (v != null) {
                        cats.put(c.name(), v);
                    }
                }
            } else {
                tn.putNull("scores");
            }
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("total", report.findings().size());
        ObjectNode by = summary.putObject("bySeverity");
        for (Map.Entry<Severity, Integer> e : report.countBySeverity().entrySet()) {
            by.put(e.getKey().label(), e.getValue());
        }
        summary.put("suppressed", report.suppressed());
        ArrayNode findings = root.putArray("findings");
        for (Finding f : report.findings()) {
            ObjectNode fn = findings.addObject();
            fn.put("ruleId", f.ruleId());
            fn.put("title", f.title());
            fn.put("category", f.category().name());
            fn.put("categoryName", f.category().title());
            fn.put("cwe", f.cweId());
            fn.put("severity", f.severity().label());
            fn.put("confidence", f.confidence().label());
            ObjectNode loc = fn.putObject("location");
            loc.put("file", f.location().file());
            loc.put("line", f.location().line());
            loc.put("column", f.location().column());
            loc.put("pointer", f.location().pointer());
            loc.put("method", f.location().method());
            loc.put("path", f.location().path());
            fn.put("message", f.message());
            fn.put("description", f.description());
            fn.put("remediation", f.remediation());
            fn.put("fingerprint", f.fingerprint());
            ArrayNode ev = fn.putArray("evidence");
            for (Evidence e : f.evidence()) {
                ObjectNode en = ev.addObject();
                en.put("label", e.label());
                en.put("request", e.request());
                en.put("response", e.response());
                en.put("reproduce", e.reproduce());
            }
        }
        return root;
    }
}
