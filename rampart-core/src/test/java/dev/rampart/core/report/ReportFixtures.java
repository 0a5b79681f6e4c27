package dev.rampart.core.report;

import dev.rampart.core.finding.Confidence;
import dev.rampart.core.finding.Evidence;
import dev.rampart.core.finding.Finding;
import dev.rampart.core.finding.Location;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.spec.SourceDocument;
import dev.rampart.core.spec.SpecLoader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

final class ReportFixtures {
    static final String HOSTILE = "</script><b>\"&'\u0007";

    static final String SPEC = """
            openapi: 3.0.3
            info:
              title: Pets
              version: "1"
            components:
              securitySchemes:
                basic:
                  type: http
                  scheme: basic
            paths:
              /pets/{id}:
                get:
                  responses:
                    "200":
                      description: ok
            """;

    static final Finding BASIC = new Finding("auth-http-basic", "HTTP Basic authentication", OwaspCategory.API2, 287,
            Severity.HIGH, Confidence.CERTAIN, Location.inSpec("specs/api.yaml", 9, 7, "/components/securitySchemes/basic"),
            "Security scheme 'basic' uses HTTP Basic", "Basic sends credentials on every request.",
            "Use OAuth 2 or OpenID Connect.", List.of());

    static final Finding HOSTILE_FINDING = new Finding("schema-no-max-length", "String without maxLength " + HOSTILE,
            OwaspCategory.API4, 770, Severity.MEDIUM, Confidence.FIRM,
            Location.inSpec("specs/api.yaml", 12, 3, "/paths/~1pets~1{id}"),
            "Property " + HOSTILE + " has no maxLength", "desc " + HOSTILE, "fix " + HOSTILE, List.of());

    static final Finding SCAN = new Finding("bola-id-swap", "Object accessible by another user", OwaspCategory.API1, 639,
            Severity.CRITICAL, Confidence.FIRM, Location.endpoint("GET", "/pets/{id}"),
            "GET /pets/2 returned the owner's pet to the attacker", "Anyone can read anyone's pets.",
            "Check object ownership on every access.",
            List.of(new Evidence("attacker", "GET /pets/2 HTTP/1.1\nAuthorization: [redacted]",
                    "HTTP/1.1 200 OK\n\n{\"name\":\"<rex>\"}", "curl https://api/pets/2")));

    private ReportFixtures() {
    }

    static SourceDocument spec() throws Exception {
        return new SpecLoader().load("specs/api.yaml", new ByteArrayInputStream(SPEC.getBytes(StandardCharsets.UTF_8)))
                .rootDocument();
    }

    static Report report(List<Finding> findings) throws Exception {
        Scores scores = new Scores(62, Map.of(OwaspCategory.API1, 40, OwaspCategory.API2, 70, OwaspCategory.API4, 85));
        return new Report("0.1.0", "audit",
                List.of(new ReportTarget("specs/api.yaml", "OpenAPI 3.0.3, 1 operation", Optional.of(scores))),
                findings, 2, Instant.parse("2026-11-23T10:15:30Z"), Duration.ofMillis(1234),
                Map.of("specs/api.yaml", spec()));
    }

    static Report report() throws Exception {
        return report(List.of(SCAN, BASIC, HOSTILE_FINDING));
    }
}
