package dev.rampart.core.report;

import static dev.rampart.core.report.ReportFixtures.BASIC;
import static dev.rampart.core.report.ReportFixtures.HOSTILE;
import static dev.rampart.core.report.ReportFixtures.HOSTILE_FINDING;
import static dev.rampart.core.report.ReportFixtures.SCAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rampart.core.finding.Finding;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ReportWritersTest {
    private static final ObjectMapper M = new ObjectMapper();

    static String render(ReportWriter w, Report r, boolean color) throws IOException {
        StringWriter sw = new StringWriter();
        w.write(r, sw, color);
        return sw.toString();
    }

    @Test
    void lookup() {
        assertThat(ReportWriters.all()).extracting(ReportWriter::format)
                .containsExactlyInAnyOrder("text", "json", "sarif", "html", "junit");
        assertThat(ReportWriters.forFormat("SARIF").fileName()).isEqualTo("rampart.sarif");
        assertThat(ReportWriters.forFormat("json").fileName()).isEqualTo("rampart.json");
        assertThat(ReportWriters.forFormat("junit").fileName()).isEqualTo("rampart-junit.xml");
        assertThatThrownBy(() -> ReportWriters.forFormat("pdf")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pdf").hasMessageContaining("sarif");
    }

    @Test
    void json() throws Exception {
        JsonNode j = M.readTree(render(new JsonReportWriter(), ReportFixtures.report(), false));
        assertThat(j.at("/tool/name").asText()).isEqualTo("rampart");
        assertThat(j.at("/tool/version").asText()).isEqualTo("0.1.0");
        assertThat(j.at("/command").asText()).isEqualTo("audit");
        assertThat(j.at("/started").asText()).isEqualTo("2026-11-23T10:15:30Z");
        assertThat(j.at("/durationMs").asLong()).isEqualTo(1234);
        assertThat(j.at("/targets/0/name").asText()).isEqualTo("specs/api.yaml");
        assertThat(j.at("/targets/0/scores/overall").asInt()).isEqualTo(62);
        assertThat(j.at("/targets/0/scores/grade").asText()).isEqualTo("C");
        assertThat(j.at("/targets/0/scores/categories/API1").asInt()).isEqualTo(40);
        assertThat(j.at("/summary/total").asInt()).isEqualTo(3);
        assertThat(j.at("/summary/bySeverity/critical").asInt()).isEqualTo(1);
        assertThat(j.at("/summary/bySeverity/info").asInt()).isEqualTo(0);
        assertThat(j.at("/summary/suppressed").asInt()).isEqualTo(2);
        JsonNode b = j.at("/findings/1");
        assertThat(b.get("ruleId").asText()).isEqualTo("auth-http-basic");
        assertThat(b.get("category").asText()).isEqualTo("API2");
        assertThat(b.get("categoryName").asText()).isEqualTo("Broken Authentication");
        assertThat(b.get("cwe").asText()).isEqualTo("CWE-287");
        assertThat(b.get("severity").asText()).isEqualTo("high");
        assertThat(b.get("confidence").asText()).isEqualTo("certain");
        assertThat(b.at("/location/file").asText()).isEqualTo("specs/api.yaml");
        assertThat(b.at("/location/line").asInt()).isEqualTo(9);
        assertThat(b.at("/location/column").asInt()).isEqualTo(7);
        assertThat(b.at("/location/pointer").asText()).isEqualTo("/components/securitySchemes/basic");
        assertThat(b.get("fingerprint").asText()).isEqualTo(BASIC.fingerprint());
        assertThat(j.at("/findings/2/message").asText()).isEqualTo(HOSTILE_FINDING.message());
        assertThat(j.at("/findings/0/location/method").asText()).isEqualTo("GET");
        assertThat(j.at("/findings/0/evidence/0/label").asText()).isEqualTo("attacker");
        assertThat(j.at("/findings/0/evidence/0/response").asText()).contains("<rex>");
    }

    @Test
    void baselineRoundTrip(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("rampart.json");
        Files.writeString(file, render(new JsonReportWriter(), ReportFixtures.report(List.of(BASIC, SCAN)), false));
        Baseline base = Baseline.load(file);
        assertThat(base.contains(BASIC)).isTrue();
        assertThat(base.contains(HOSTILE_FINDING)).isFalse();
        // same rule and place, moved by an edit elsewhere: still known
        Finding moved = new Finding(BASIC.ruleId(), BASIC.title(), BASIC.category(), BASIC.cwe(), BASIC.severity(),
                BASIC.confidence(), dev.rampart.core.finding.Location.inSpec("specs/api.yaml", 40, 7,
                        BASIC.location().pointer()), "m", "", "", List.of());
        assertThat(base.newFindings(List.of(BASIC, moved, SCAN, HOSTILE_FINDING))).containsExactly(HOSTILE_FINDING);

        Path bad = dir.resolve("other.json");
        Files.writeString(bad, "{\"runs\":[]}");
        assertThatThrownBy(() -> Baseline.load(bad)).isInstanceOf(IOException.class)
                .hasMessageContaining(bad.toString()).hasMessageContaining("not a Rampart JSON report");
        Path junk = dir.resolve("junk.json");
        Files.writeString(junk, "not json {");
        assertThatThrownBy(() -> Baseline.load(junk)).isInstanceOf(IOException.class)
                .hasMessageContaining(junk.toString());
    }

    @Test
    void text() throws Exception {
        TextReportWriter w = new TextReportWriter();
        String plain = render(w, ReportFixtures.report(), false);
        assertThat(plain).doesNotContain("\u001b").doesNotContain("\u0007");
        assertThat(plain).contains("API2:2023 Broken Authentication  score 70/100")
                .contains("[HIGH]").contains("auth-http-basic  specs/api.yaml:9:7")
                .contains("fix: Use OAuth 2 or OpenID Connect.")
                .contains("GET /pets/{id}")
                .contains("1 critical").contains("2 suppressed").contains("score 62/100, grade C").contains("1234 ms");
        assertThat(plain.indexOf("API1:2023")).isLessThan(plain.indexOf("API2:2023"));
        assertThat(render(w, ReportFixtures.report(), true)).contains("\u001b[");
        assertThat(render(w, ReportFixtures.report(List.of()), false)).contains("No findings.");
    }

    @Test
    void junit() throws Exception {
        String xml = render(new JunitReportWriter(), ReportFixtures.report(), false);
        Document doc = parse(xml);
        NodeList cases = doc.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(3);
        NodeList failures = doc.getElementsByTagName("failure");
        assertThat(failures.getLength()).isEqualTo(3);
        Element hostile = (Element) failures.item(2);
        assertThat(hostile.getAttribute("message")).contains("</script><b>\"&'");
        assertThat(hostile.getTextContent()).contains("fix: fix </script><b>\"&'").contains("specs/api.yaml:12:3");
        Document multi = parse(render(new JunitReportWriter(), ReportFixtures.report(List.of(new Finding("r", "t",
                BASIC.category(), 0, BASIC.severity(), null, BASIC.location(), "line1\nline2", "", "", List.of()))), false));
        assertThat(((Element) multi.getElementsByTagName("failure").item(0)).getAttribute("message")).isEqualTo("line1\nline2");
        assertThat(((Element) cases.item(1)).getAttribute("name")).isEqualTo("auth-http-basic specs/api.yaml:9:7");
        assertThat(((Element) cases.item(1)).getAttribute("classname")).contains("API2:2023");

        Document empty = parse(render(new JunitReportWriter(), ReportFixtures.report(List.of()), false));
        assertThat(empty.getElementsByTagName("testcase").getLength()).isEqualTo(1);
        assertThat(((Element) empty.getElementsByTagName("testcase").item(0)).getAttribute("name")).isEqualTo("no findings");
        assertThat(empty.getElementsByTagName("failure").getLength()).isZero();
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void html() throws Exception {
        String html = render(new HtmlReportWriter(), ReportFixtures.report(), false);
        assertThat(html).doesNotContain("</script><b>").doesNotContain("<rex>").doesNotContain("\u0007");
        assertThat(html).contains("&lt;/script&gt;&lt;b&gt;&quot;&amp;&#39;");
        assertThat(html).doesNotContain("<script").doesNotContain("src=\"http").doesNotContain("<link");
        assertThat(html).contains("Broken Authentication").contains("62</span>/100").contains("How to fix:")
                .contains("Why it matters:").contains(BASIC.category().url())
                .contains("&lt;rex&gt;").contains("Request").contains("Response")
                // the excerpt, with the finding's line highlighted
                .contains("<div class=\"hl\"><span class=\"n\">9</span>");
        assertThat(render(new HtmlReportWriter(), ReportFixtures.report(List.of()), false)).contains("No findings.");
    }
}
