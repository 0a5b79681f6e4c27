package dev.rampart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end, in process: exit codes, one-line errors, reports written. */
class CliTest {
    @TempDir
    Path dir;
    Path bank;

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    @BeforeEach
    void copyDemoSpec() throws Exception {
        bank = dir.resolve("bank.yaml");
        try (InputStream in = CliTest.class.getResourceAsStream("/weak-bank.yaml")) {
            Files.write(bank, in.readAllBytes());
        }
    }

    @Test
    void helpAndVersion() {
        Result help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("audit").contains("demo").contains("Exit codes");
        assertThat(run("audit", "--help").out()).contains("--fail-on").contains("--baseline").contains("--allow-remote-refs");
        assertThat(run("demo", "--help").code()).isZero();
        assertThat(run("--version").out()).startsWith("rampart ");
    }

    @Test
    void findingsAtOrAboveFailOnGiveExitOne() {
        Result r = run("audit", bank.toString(), "--fail-on", "high", "--no-color");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("auth-http-basic").contains(bank + ":");
        assertThat(run("audit", bank.toString()).code()).as("no --fail-on: findings alone do not fail").isZero();
    }

    @Test
    void missingFileIsOneLineAndExitTwo() {
        Result r = run("audit", dir.resolve("nope.yaml").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).contains("nope.yaml").contains("no such file").doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void malformedSpecNamesLineAndColumn() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"openapi\": \"3.0.0\",\n  \"paths\": {,}\n}\n");
        Result r = run("audit", bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("rampart: " + bad + ":3:").doesNotContain("\n");
    }

    @Test
    void badUsageIsExitTwo() {
        assertThat(run("audit").code()).isEqualTo(2);
        assertThat(run("audit", bank.toString(), "--format", "pdf").code()).isEqualTo(2);
        assertThat(run("audit", bank.toString(), "--format", "json,sarif").err()).contains("--output");
        assertThat(run("audit", bank.toString(), "--fail-on", "severe").code()).isEqualTo(2);
        assertThat(run("no-such-command").code()).isEqualTo(2);
    }

    @Test
    void writesEveryFormatAndBaselineHidesKnownFindings() throws Exception {
        Path out = dir.resolve("out");
        Result r = run("audit", bank.toString(), "-f", "text,json,sarif,html,junit", "-o", out.toString());
        assertThat(r.code()).isZero();
        for (String f : new String[] {"rampart.txt", "rampart.json", "rampart.sarif", "rampart.html", "rampart-junit.xml"}) {
            assertThat(out.resolve(f)).isNotEmptyFile();
        }
        JsonNode json = new ObjectMapper().readTree(out.resolve("rampart.json").toFile());
        int total = json.path("findings").size();
        assertThat(total).isGreaterThan(10);

        Result again = run("audit", bank.toString(), "--baseline", out.resolve("rampart.json").toString(), "--fail-on", "info",
                "-f", "json", "-o", dir.resolve("again").toString());
        assertThat(again.code()).as("nothing new since the baseline").isZero();
        assertThat(new ObjectMapper().readTree(dir.resolve("again/rampart.json").toFile()).path("findings").size()).isZero();
    }

    @Test
    void configDisablesRulesAndChangesSeverities() throws Exception {
        Path cfg = dir.resolve("rampart.yaml");
        Files.writeString(cfg, "rules:\n  auth-http-basic: off\n  auth-apikey-in-query: critical\n");
        Result r = run("audit", bank.toString(), "-c", cfg.toString(), "--no-color");
        assertThat(r.out()).doesNotContain("auth-http-basic").contains("auth-apikey-in-query");
        Files.writeString(cfg, "rules:\n  no-such-rule: off\n");
        Result bad = run("audit", bank.toString(), "-c", cfg.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("rampart.yaml:2:").contains("unknown rule 'no-such-rule'");
    }

    @Test
    void inlineIgnoreSilencesARule() throws Exception {
        String text = Files.readString(bank).replace("    basicAuth:\n", "    basicAuth:\n      x-rampart-ignore: [auth-http-basic]\n");
        Path ignored = dir.resolve("ignored.yaml");
        Files.writeString(ignored, text);
        assertThat(run("audit", ignored.toString(), "--no-color").out()).doesNotContain("auth-http-basic");
    }

    @Test
    void demoWritesReports() {
        Path out = dir.resolve("report");
        Result r = run("demo", "--output", out.toString(), "--no-color");
        assertThat(r.code()).isZero();
        assertThat(out.resolve("rampart.html")).isNotEmptyFile();
        assertThat(out.resolve("rampart.sarif")).isNotEmptyFile();
        assertThat(out.resolve("rampart-bank-openapi.yaml")).isNotEmptyFile();
        assertThat(r.out()).contains("rampart.html").contains("Demo API stopped").contains("findings:");
    }
}
