package dev.rampart.core.report;

import static dev.rampart.core.report.ReportFixtures.BASIC;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SarifReportWriterTest {
    private static final ObjectMapper M = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = SarifReportWriterTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertThat(in).as("sarif schema resource").isNotNull();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(M.readTree(in));
        }
    }

    static Set<ValidationMessage> validate(JsonNode sarif) {
        return schema.validate(sarif);
    }

    @Test
    void validAgainstOfficialSchema() throws Exception {
        JsonNode s = M.readTree(ReportWritersTest.render(new SarifReportWriter(), ReportFixtures.report(), false));
        assertThat(validate(s)).isEmpty();
        JsonNode empty = M.readTree(ReportWritersTest.render(new SarifReportWriter(), ReportFixtures.report(List.of()), false));
        assertThat(validate(empty)).isEmpty();
    }

    @Test
    void schemaCatchesBrokenOutput() throws Exception {
        ObjectNode s = new SarifReportWriter().toTree(ReportFixtures.report());
        ((ObjectNode) s.at("/runs/0/results/0")).put("level", "critical");
        ((ObjectNode) s.at("/runs/0/tool/driver")).remove("name");
        assertThat(validate(s)).isNotEmpty();
    }

    @Test
    void fields() throws Exception {
        JsonNode s = M.readTree(ReportWritersTest.render(new SarifReportWriter(), ReportFixtures.report(), false));
        assertThat(s.get("version").asText()).isEqualTo("2.1.0");
        assertThat(s.get("$schema").asText()).contains("sarif");
        assertThat(s.get("runs")).hasSize(1);
        JsonNode driver = s.at("/runs/0/tool/driver");
        assertThat(driver.get("name").asText()).isEqualTo("Rampart");
        assertThat(driver.get("version").asText()).isEqualTo("0.1.0");
        assertThat(driver.get("informationUri").asText()).isEqualTo("https://github.com/rampart-dev/rampart");
        assertThat(driver.get("rules")).hasSize(3);
        JsonNode rule = driver.at("/rules/1");
        assertThat(rule.get("id").asText()).isEqualTo("auth-http-basic");
        assertThat(rule.get("name").asText()).isEqualTo("AuthHttpBasic");
        assertThat(rule.at("/shortDescription/text").asText()).isEqualTo(BASIC.title());
        assertThat(rule.at("/fullDescription/text").asText()).isEqualTo(BASIC.description());
        assertThat(rule.at("/help/text").asText()).isEqualTo(BASIC.remediation());
        assertThat(rule.at("/help/markdown").asText()).contains(BASIC.remediation());
        assertThat(rule.get("helpUri").asText()).isEqualTo(BASIC.category().url());
        assertThat(rule.at("/properties/tags").toString()).isEqualTo("[\"security\",\"OWASP-API2:2023\",\"CWE-287\"]");
        assertThat(rule.at("/properties/security-severity").asText()).isEqualTo("7.0");
        assertThat(rule.at("/defaultConfiguration/level").asText()).isEqualTo("error");
        assertThat(driver.at("/rules/0/properties/security-severity").asText()).isEqualTo("9.0");
        assertThat(driver.at("/rules/2/defaultConfiguration/level").asText()).isEqualTo("warning");

        JsonNode r = s.at("/runs/0/results/1");
        assertThat(r.get("ruleId").asText()).isEqualTo("auth-http-basic");
        assertThat(r.get("ruleIndex").asInt()).isEqualTo(1);
        assertThat(r.get("level").asText()).isEqualTo("error");
        assertThat(r.at("/message/text").asText()).isEqualTo(BASIC.message());
        JsonNode phys = r.at("/locations/0/physicalLocation");
        assertThat(phys.at("/artifactLocation/uri").asText()).isEqualTo("specs/api.yaml");
        assertThat(phys.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(phys.at("/region/startLine").asInt()).isEqualTo(9);
        assertThat(phys.at("/region/startColumn").asInt()).isEqualTo(7);
        assertThat(r.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText()).isEqualTo("/components/securitySchemes/basic");
        assertThat(r.at("/partialFingerprints/rampart~1v1").asText()).isEqualTo(BASIC.fingerprint());

        JsonNode scan = s.at("/runs/0/results/0");
        assertThat(scan.at("/locations/0/physicalLocation").isMissingNode()).isTrue();
        assertThat(scan.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText()).isEqualTo("GET /pets/{id}");
        assertThat(s.at("/runs/0/results/2/message/text").asText()).contains("</script><b>");
    }

    @Test
    void uris() {
        assertThat(SarifReportWriter.uri("specs\\my api.yaml")).isEqualTo("specs/my%20api.yaml");
        assertThat(SarifReportWriter.uri("./api.yaml")).isEqualTo("api.yaml");
        assertThat(SarifReportWriter.uri("/abs/api.yaml")).isEqualTo("file:///abs/api.yaml");
        assertThat(SarifReportWriter.pascalCase("auth-http-basic")).isEqualTo("AuthHttpBasic");
    }
}
