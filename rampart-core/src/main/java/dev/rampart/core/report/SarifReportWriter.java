package dev.rampart.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rampart.core.finding.Finding;
import dev.rampart.core.finding.Location;
import dev.rampart.core.finding.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

/** SARIF 2.1.0, as read by GitHub code scanning and IDEs. */
public final class SarifReportWriter implements ReportWriter {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String INFO_URI = "https://github.com/rampart-dev/rampart";

    @Override
    public String format() {
        return "sarif";
    }

    @Override
    public String fileName() {
        return "rampart.sarif";
    }

    @Override
    public void write(Report report, Writer out, boolean color) throws IOException {
        JsonReportWriter.MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, toTree(report));
        out.write('\n');
        out.flush();
    }

    public ObjectNode toTree(Report report) {
        ObjectNode root = JsonReportWriter.MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "Rampart");
        driver.put("version", report.toolVersion());
        driver.put("informationUri", INFO_URI);
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            if (ruleIndex.containsKey(f.ruleId())) {
                continue;
            }
            ruleIndex.put(f.ruleId(), ruleIndex.size());
            ObjectNode r = rules.addObject();
            r.put("id", f.ruleId());
            r.put("name", pascalCase(f.ruleId()));
            r.putObject("shortDescription").put("text", orElse(f.title(), f.ruleId()));
            r.putObject("fullDescription").put("text", orElse(f.description(), orElse(f.title(), f.ruleId())));
            ObjectNode help = r.putObject("help");
            help.put("text", orElse(f.remediation(), f.category().fullName()));
            help.put("markdown", "**" + f.category().fullName() + "**\n\n" + f.description()
                    + (f.remediation().isEmpty() ? "" : "\n\n**Fix:** " + f.remediation())
                    + "\n\n[OWASP " + f.category().code() + "](" + f.category().url() + ")");
            r.put("helpUri", f.category().url());
            r.putObject("defaultConfiguration").put("level", level(f.severity()));
            ObjectNode props = r.putObject("properties");
            ArrayNode tags = props.putArray("tags");
            tags.add("security");
            tags.add("OWASP-" + f.category().code());
            if (!f.cweId().isEmpty()) {
                tags.add(f.cweId());
            }
            props.put("security-severity", securitySeverity(f.severity()));
            props.put("precision", precision(f));
        }
        ArrayNode results = run.putArray("results");
        for (Finding f : report.findings()) {
            ObjectNode res = results.addObject();
            res.put("ruleId", f.ruleId());
            res.put("ruleIndex", ruleIndex.get(f.ruleId()));
            res.put("level", level(f.severity()));
            res.putObject("message").put("text", orElse(f.message(), orElse(f.title(), f.ruleId())));
            Location l = f.location();
            ObjectNode loc = res.putArray("locations").addObject();
            if (l.hasSpecPosition()) {
                ObjectNode phys = loc.putObject("physicalLocation");
                ObjectNode art = phys.putObject("artifactLocation");
                String uri = uri(l.file());
                art.put("uri", uri);
                if (!isAbsolute(l.file())) {
                    art.put("uriBaseId", "%SRCROOT%");
                }
                ObjectNode region = phys.putObject("region");
                region.put("startLine", Math.max(1, l.line()));
                if (l.column() > 0) {
                    region.put("startColumn", l.column());
                }
            }
            ArrayNode logical = null;
            if (!l.pointer().isEmpty()) {
                logical = loc.putArray("logicalLocations");
                ObjectNode ll = logical.addObject();
                ll.put("fullyQualifiedName", l.pointer());
                ll.put("kind", "object");
            }
            if (l.hasEndpoint()) {
                if (logical == null) {
                    logical = loc.putArray("logicalLocations");
                }
                ObjectNode ll = logical.addObject();
                ll.put("name", (l.method() + " " + l.path()).trim());
                ll.put("fullyQualifiedName", (l.method() + " " + l.path()).trim());
                ll.put("kind", "function");
            }
            if (logical == null && !l.hasSpecPosition()) {
                // nothing to point at: keep the location object valid with a message
                loc.putObject("message").put("text", "no source location");
            }
            res.putObject("partialFingerprints").put("rampart/v1", f.fingerprint());
        }
        return root;
    }

    static String level(Severity s) {
        return switch (s) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW, INFO -> "note";
        };
    }

    static String securitySeverity(Severity s) {
        return switch (s) {
            case CRITICAL -> "9.0";
            case HIGH -> "7.0";
            case MEDIUM -> "5.0";
            case LOW -> "3.0";
            case INFO -> "0.0";
        };
    }

    private static String precision(Finding f) {
        return switch (f.confidence()) {
            case CERTAIN -> "very-high";
            case FIRM -> "high";
            case TENTATIVE -> "medium";
        };
    }

    /** "auth-http-basic" -> "AuthHttpBasic". */
    static String pascalCase(String id) {
        StringBuilder sb = new StringBuilder();
        boolean up = true;
        for (char c : id.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                sb.append(up ? Character.toUpperCase(c) : c);
                up = false;
            } else {
                up = true;
            }
        }
        return sb.toString();
    }

    private static boolean isAbsolute(String file) {
        return file.startsWith("/") || file.matches("^[A-Za-z]:[\\\\/].*") || file.matches("^[a-z]+://.*");
    }

    /** Forward slashes, spaces and other unsafe characters percent-encoded, so it is a valid URI reference. */
    static String uri(String file) {
        String f = file.replace('\\', '/');
        if (f.matches("^[A-Za-z]:/.*")) {
            f = "file:///" + f;
        } else if (f.startsWith("/")) {
            f = "file://" + f;
        } else if (f.startsWith("./")) {
            f = f.substring(2);
        }
        StringBuilder sb = new StringBuilder();
        for (byte b : f.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/:@!$&'()*+,;=".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format("%02X", c));
            }
        }
        return sb.toString();
    }

    private static String orElse(String s, String other) {
        return s == null || s.isBlank() ? other : s;
    }
}
