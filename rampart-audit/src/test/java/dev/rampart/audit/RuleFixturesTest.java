package dev.rampart.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.audit.engine.AuditConfig;
import dev.rampart.audit.engine.AuditResult;
import dev.rampart.audit.engine.Auditor;
import dev.rampart.audit.rules.RuleCatalog;
import dev.rampart.core.finding.Finding;
import dev.rampart.core.spec.SpecLoader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule has a positive and a negative fixture under {@code src/test/resources/rules/<id>/}:
 *
 * <ul>
 *   <li>{@code bad.yaml}: every line that must be reported carries the comment {@code # expect};
 *       the rule must report exactly those lines, no more and no fewer.</li>
 *   <li>{@code good.yaml}: the same API done right; the rule must report nothing.</li>
 * </ul>
 *
 * A rule without fixtures fails this test, so no rule ships untested.
 */
class RuleFixturesTest {

    @TestFactory
    Stream<DynamicTest> everyRuleFindsItsFlawAndOnlyIt() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : RuleCatalog.all()) {
            String id = rule.info().id();
            tests.add(DynamicTest.dynamicTest(id + " finds the marked lines in bad.yaml", () -> {
                Path bad = fixture(id, "bad.yaml");
                List<Finding> findings = audit(rule, bad);
                TreeSet<Integer> expected = markedLines(bad);
                TreeSet<Integer> actual = new TreeSet<>();
                for (Finding f : findings) {
                    if (f.location().file().equals(bad.toString())) {
                        actual.add(f.location().line());
                    }
                }
                assertThat(expected).as("bad.yaml of %s marks at least one line with '# expect'", id).isNotEmpty();
                assertThat(actual).as("lines reported by %s in %s; findings: %s", id, bad, findings).isEqualTo(expected);
                for (Finding f : findings) {
                    assertThat(f.ruleId()).isEqualTo(id);
                    assertThat(f.message()).isNotBlank();
                    assertThat(f.location().pointer()).as("pointer of %s", f).isNotNull();
                }
            }));
            tests.add(DynamicTest.dynamicTest(id + " is silent on good.yaml", () -> {
                Path good = fixture(id, "good.yaml");
                assertThat(audit(rule, good)).as("findings of %s on %s", id, good).isEmpty();
            }));
        }
        return tests.stream();
    }

    @Test
    void ruleMetadataIsCompleteAndIdsAreUnique() {
        TreeSet<String> ids = new TreeSet<>();
        for (Rule rule : RuleCatalog.all()) {
            RuleInfo info = rule.info();
            assertThat(ids.add(info.id())).as("duplicate rule id %s", info.id()).isTrue();
            assertThat(info.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(info.title()).isNotBlank();
            assertThat(info.description()).as("description of %s", info.id()).hasSizeGreaterThan(30);
            assertThat(info.remediation()).as("remediation of %s", info.id()).hasSizeGreaterThan(20);
            assertThat(info.cwe()).as("CWE of %s", info.id()).isPositive();
            assertThat(rule.getClass().getSimpleName()).endsWith("Rule");
        }
    }

    static List<Finding> audit(Rule rule, Path file) throws Exception {
        AuditResult result = new Auditor(List.of(rule), AuditConfig.defaults()).audit(new SpecLoader().load(file));
        assertThat(result.ruleErrors()).as("internal errors").isEmpty();
        return result.findings();
    }

    static TreeSet<Integer> markedLines(Path file) throws Exception {
        TreeSet<Integer> lines = new TreeSet<>();
        List<String> all = Files.readAllLines(file);
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).matches(".*#\\s*expect\\b.*")) {
                lines.add(i + 1);
            }
        }
        return lines;
    }

    static Path fixture(String ruleId, String name) throws URISyntaxException {
        URL url = RuleFixturesTest.class.getResource("/rules/" + ruleId + "/" + name);
        assertThat(url).as("fixture src/test/resources/rules/%s/%s", ruleId, name).isNotNull();
        return Path.of(url.toURI());
    }
}
