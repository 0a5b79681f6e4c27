package dev.rampart.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rampart demo}: shows Rampart's main job end to end on a bundled, deliberately weak API
 * design ("Rampart Bank"): audits it, writes every report format, and says where to look.
 */
@Command(name = "demo",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Run Rampart on its bundled demo API (\"Rampart Bank\", a deliberately weak design):",
            "audits its spec, prints the findings, and writes text, JSON, SARIF, HTML and JUnit",
            "reports to the output directory."
        })
final class DemoCommand implements Callable<Integer> {
    static final String SPEC_RESOURCE = "demo/rampart-bank.yaml";

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Where to write the reports (default: ${DEFAULT-VALUE}).")
    Path output = Path.of("rampart-report");

    @Option(names = "--no-color", description = "Never use colors.")
    boolean noColor;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec cmd;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = cmd.commandLine().getOut();
        PrintWriter err = cmd.commandLine().getErr();
        Files.createDirectories(output);
        // The spec is written next to the reports so every file:line in them points at a real file.
        Path spec = output.resolve("rampart-bank.yaml");
        try (InputStream in = DemoCommand.class.getResourceAsStream(SPEC_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("demo spec missing from the jar: " + SPEC_RESOURCE);
            }
            Files.write(spec, in.readAllBytes());
        }
        out.println("Rampart demo: auditing the bundled Rampart Bank API (" + spec + ")");
        out.println();
        List<String> common = new ArrayList<>(List.of("audit", spec.toString()));
        if (noColor) {
            common.add("--no-color");
        }
        int code = Main.run(common.toArray(String[]::new), out, err);
        if (code == Main.EXIT_BAD_INPUT) {
            return code;
        }
        List<String> files = new ArrayList<>(common);
        files.addAll(List.of("--format", "text,json,sarif,html,junit", "--output", output.toString()));
        out.println();
        code = Main.run(files.toArray(String[]::new), out, err);
        if (code == Main.EXIT_BAD_INPUT) {
            return code;
        }
        out.println();
        out.println("Open " + output.resolve("rampart.html").toAbsolutePath() + " in a browser for the full report.");
        return Main.EXIT_OK;
    }
}
