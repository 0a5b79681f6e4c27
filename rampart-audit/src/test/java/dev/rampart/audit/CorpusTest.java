package dev.rampart.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.audit.engine.AuditConfig;
import dev.rampart.audit.engine.AuditResult;
import dev.rampart.audit.engine.Auditor;
import dev.rampart.core.finding.Finding;
import dev.rampart.core.spec.Spec;
import dev.rampart.core.spec.SpecLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real-world spec of the shared corpus (../shared/corpus/openapi, beside the repository)
 * loads and audits with every rule, without a rule failing, and every finding points into the file.
 */
class CorpusTest {

    static Path corpusDir() {
        String prop = System.getProperty("rampart.corpus");
        if (prop != null) {
            return Path.of(prop);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path c = p.resolve("shared/corpus/openapi");
            if (Files.isDirectory(c)) {
                return c;
            }
        }
        throw new IllegalStateException("corpus not found: expected shared/corpus/openapi beside the repository (or -Drampart.corpus=DIR)");
    }

    static Stream<Path> corpus() throws IOException {
        try (Stream<Path> files = Files.list(corpusDir())) {
            List<Path> specs = files.filter(p -> p.toString().matches(".*\\.(json|yaml|yml)$")).sorted().toList();
            assertThat(specs).as("corpus specs").hasSizeGreaterThanOrEqualTo(50);
            return specs.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void loadsAndAuditsWithoutError(Path file) throws Exception {
        Spec spec = new SpecLoader().load(file);
        AuditResult result = Auditor.withBuiltInRules(AuditConfig.defaults()).audit(spec);
        assertThat(result.ruleErrors()).as("rule errors on %s", file).isEmpty();
        int lines = spec.rootDocument().lineCount();
        for (Finding f : result.findings()) {
            assertThat(f.location().line()).as("line of %s", f).isBetween(1, lines);
            assertThat(f.location().file()).isEqualTo(file.toString());
        }
        assertThat(result.scores().overall()).isBetween(0, 100);
    }
}
