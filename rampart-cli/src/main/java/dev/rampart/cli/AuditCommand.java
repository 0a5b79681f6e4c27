package dev.rampart.cli;

import dev.rampart.audit.Rule;
import dev.rampart.audit.RuleInfo;
import dev.rampart.audit.engine.AuditConfig;
import dev.rampart.audit.engine.AuditConfigLoader;
import dev.rampart.audit.engine.AuditResult;
import dev.rampart.audit.engine.Auditor;
import dev.rampart.audit.rules.RuleCatalog;
import dev.rampart.core.finding.Finding;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.ApiModel;
import dev.rampart.core.report.Baseline;
import dev.rampart.core.report.Report;
import dev.rampart.core.report.ReportTarget;
import dev.rampart.core.spec.LoaderOptions;
import dev.rampart.core.spec.SourceDocument;
import dev.rampart.core.spec.Spec;
import dev.rampart.core.spec.SpecLoadException;
import dev.rampart.core.spec.SpecLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "audit",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        sortOptions = false,
        description = {
            "Static security analysis of OpenAPI 2.0, 3.0 and 3.1 documents (JSON or YAML).",
            "Finds weak authentication, broken authorization design, mass-assignment and data-exposure risks,",
            "unbounded inputs, SSRF-prone parameters, misconfiguration and inventory problems, each with",
            "its OWASP API Top 10 2023 category, CWE, severity, file:line:column and a fix; scores the spec 0-100."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no finding at or above --fail-on",
            "1:findings at or above --fail-on",
            "2:bad usage or bad input (malformed spec, missing file, cyclic $ref, bad config)"
        },
        footer = {"", "Examples:",
            "  rampart audit openapi.yaml",
            "  rampart audit api.json --fail-on high --format sarif > rampart.sarif",
            "  rampart audit api.yaml -f text,json,sarif,html,junit -o rampart-report",
            "  cat api.yaml | rampart audit -",
            "  rampart audit api.yaml --baseline previous/rampart.json"})
final class AuditCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "SPEC", description = "OpenAPI documents to audit; '-' reads stdin.")
    List<String> specs = new ArrayList<>();

    @Option(names = {"-f", "--format"}, split = ",", paramLabel = "FORMAT",
            description = "Report formats: text, json, sarif, html, junit (comma-separated; several need --output). Default: text.")
    List<String> formats = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Write each report format to a file in DIR.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Exit 1 when a finding is at or above SEVERITY: critical, high, medium, low, info, none (default: none, or the config's fail-on).")
    String failOn;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Config file to disable rules or change severities (default: ./rampart.yaml when present).")
    Path config;

    @Option(names = "--baseline", paramLabel = "JSON", description = "A previous JSON report: report only findings that are new since then.")
    Path baseline;

    @Option(names = "--allow-remote-refs", description = "Fetch http(s) $refs (off by default).")
    boolean allowRemoteRefs;

    @Option(names = "--max-spec-size", paramLabel = "MB", description = "Largest document accepted, in MB (default: ${DEFAULT-VALUE}).")
    int maxSpecSizeMb = (int) (LoaderOptions.DEFAULT_MAX_DOCUMENT_BYTES / (1024 * 1024));

    @Option(names = "--list-rules", description = "List every rule with its id, category and severity, and exit.")
    boolean listRules;

    @Option(names = "--no-color", description = "Never use colors (also: the NO_COLOR environment variable).")
    boolean noColor;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec cmd;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = cmd.commandLine().getOut();
        PrintWriter err = cmd.commandLine().getErr();
        List<Rule> rules = RuleCatalog.all();
        if (listRules) {
            printRules(out, rules);
            return Main.EXIT_OK;
        }
        if (specs.isEmpty()) {
            throw new CommandLine.ParameterException(cmd.commandLine(), "Missing spec: give at least one OpenAPI file (or '-' for stdin)");
        }
        Reporting reporting = Reporting.of(formats, output, cmd);
        AuditConfig cfg = loadConfig(rules);
        Optional<Severity> threshold = failOn == null ? cfg.failOn() : parseFailOn(failOn);
        LoaderOptions loaderOptions = LoaderOptions.defaults()
                .withAllowRemoteRefs(allowRemoteRefs)
                .withMaxDocumentBytes(maxSpecSizeMb * 1024L * 1024L);

        Instant started = Instant.now();
        Auditor auditor = new Auditor(rules, cfg);
        List<Finding> findings = new ArrayList<>();
        List<ReportTarget> targets = new ArrayList<>();
        Map<String, SourceDocument> sources = new HashMap<>();
        int suppressed = 0;
        for (String name : specs) {
            Spec spec = load(name, loaderOptions);
            AuditResult result = auditor.audit(spec);
            for (String e : result.ruleErrors()) {
                err.println("rampart: warning: rule " + e + " (a bug in Rampart; other rules ran)");
            }
            findings.addAll(result.findings());
            suppressed += result.suppressed();
            targets.add(new ReportTarget(spec.name(), describe(result.model()), Optional.of(result.scores())));
            for (SourceDocument d : spec.documents()) {
                sources.put(d.displayName(), d);
            }
        }
        if (baseline != null) {
            Baseline base;
            try {
                base = Baseline.load(baseline);
            } catch (IOException e) {
                throw new UserException(e.getMessage(), e);
            }
            List<Finding> fresh = base.newFindings(findings);
            suppressed += findings.size() - fresh.size();
            findings = fresh;
        }
        Report report = new Report(Main.Version.get(), "audit", targets, findings, suppressed, started,
                Duration.between(started, Instant.now()), sources);
        reporting.write(report, out, err, !noColor);
        if (threshold.isPresent() && findings.stream().anyMatch(f -> f.severity().atLeast(threshold.get()))) {
            return Main.EXIT_FINDINGS;
        }
        return Main.EXIT_OK;
    }

    private Spec load(String name, LoaderOptions options) {
        SpecLoader loader = new SpecLoader(options);
        try {
            if (name.equals("-")) {
                return loader.load("<stdin>", System.in);
            }
            return loader.load(Path.of(name));
        } catch (SpecLoadException e) {
            throw new UserException(e.getMessage(), e);
        } catch (java.nio.file.InvalidPathException e) {
            throw new UserException(name + ": invalid file name", e);
        }
    }

    private AuditConfig loadConfig(List<Rule> rules) {
        Path file = config;
        if (file == null) {
            Path def = Path.of("rampart.yaml");
            if (!Files.isRegularFile(def)) {
                return AuditConfig.defaults();
            }
            file = def;
        }
        Set<String> ids = rules.stream().map(r -> r.info().id()).collect(Collectors.toSet());
        try {
            return new AuditConfigLoader(ids).load(file);
        } catch (SpecLoadException e) {
            throw new UserException(e.getMessage(), e);
        }
    }

    static Optional<Severity> parseFailOn(String text) {
        if (text.equalsIgnoreCase("none") || text.equalsIgnoreCase("never")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Severity.parse(text));
        } catch (IllegalArgumentException e) {
            throw new UserException("--fail-on: " + e.getMessage() + " or none");
        }
    }

    private static String describe(ApiModel model) {
        long ops = model.operations().size();
        return (model.version().isSwagger2() ? "Swagger " : "OpenAPI ") + model.spec().versionText() + ", " + ops
                + (ops == 1 ? " operation" : " operations");
    }

    private static void printRules(PrintWriter out, List<Rule> rules) {
        out.printf("%-40s %-6s %-9s %-9s %s%n", "RULE", "OWASP", "CWE", "SEVERITY", "TITLE");
        for (Rule r : rules) {
            RuleInfo i = r.info();
            out.printf("%-40s %-6s %-9s %-9s %s%n", i.id(), i.category().name(), "CWE-" + i.cwe(), i.severity().label(), i.title());
        }
        out.printf("%n%d rules%n", rules.size());
    }
}
