package dev.rampart.cli;

import dev.rampart.demo.DemoApi;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rampart demo}: Rampart's main job end to end on its embedded demo API, "Rampart Bank"
 * (module rampart-demo): starts the API on loopback, takes its spec from it, audits it, writes
 * every report format, and stops the API. The scan will join here once it exists.
 */
@Command(name = "demo",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Run Rampart end to end on its embedded demo API, Rampart Bank.",
            "Starts the (deliberately vulnerable) API on loopback, audits the spec it serves, prints the",
            "findings, writes text, JSON, SARIF, HTML and JUnit reports to the output directory, and stops it.",
            "'rampart demo target' runs the demo API alone, in the foreground."
        },
        subcommands = DemoCommand.Target.class)
final class DemoCommand implements Callable<Integer> {

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Where to write the reports (default: ${DEFAULT-VALUE}).")
    Path output = Path.of("rampart-report");

    @Option(names = "--no-color", description = "Never use colors.")
    boolean noColor;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec cmd;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = cmd.commandLine().getOut();
        PrintWriter err = cmd.commandLine().getErr();
        Files.createDirectories(output);
        Path spec = output.resolve("rampart-bank-openapi.yaml");
        try (DemoApi api = DemoApi.start(false, 0)) {
            out.println("Rampart demo: Rampart Bank (vulnerable mode) is running at " + api.baseUri());
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> resp = http.send(HttpRequest.newBuilder(api.baseUri().resolve("/openapi.json"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (resp.statusCode() != 200) {
                throw new UserException("demo API answered " + resp.statusCode() + " for /openapi.json");
            }
            // The API serves its spec as one line of JSON; the same document in YAML (rampart-demo's
            // tests prove they are equal) is saved next to the reports, so every file:line in them
            // points at a readable line of a real file.
            Files.writeString(spec, DemoApi.openApiYaml(), StandardCharsets.UTF_8);
            out.println("Auditing its spec (" + spec + ")");
            out.println();
            List<String> audit = new ArrayList<>(List.of("audit", spec.toString()));
            if (noColor) {
                audit.add("--no-color");
            }
            int code = Main.run(audit.toArray(String[]::new), out, err);
            if (code == Main.EXIT_BAD_INPUT) {
                return code;
            }
            audit.addAll(List.of("--format", "text,json,sarif,html,junit", "--output", output.toString()));
            out.println();
            code = Main.run(audit.toArray(String[]::new), out, err);
            if (code == Main.EXIT_BAD_INPUT) {
                return code;
            }
        }
        out.println("Demo API stopped.");
        out.println();
        out.println("Open " + output.resolve("rampart.html").toAbsolutePath() + " in a browser for the full report.");
        return Main.EXIT_OK;
    }

    /** {@code rampart demo target}: the demo API in the foreground, until interrupted. */
    @Command(name = "target",
            mixinStandardHelpOptions = true,
            versionProvider = Main.Version.class,
            description = "Run the demo API (Rampart Bank) in the foreground on 127.0.0.1 and print its URL,"
                    + " users and passwords. Ctrl-C stops it.")
    static final class Target implements Callable<Integer> {
        @Option(names = "--secure", description = "Secure mode: every planted flaw fixed, same spec and data.")
        boolean secure;

        @Option(names = "--port", paramLabel = "N", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
        int port = 8080;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec cmd;

        @Override
        public Integer call() throws InterruptedException {
            PrintWriter out = cmd.commandLine().getOut();
            DemoApi api;
            try {
                api = DemoApi.start(secure, port);
            } catch (IOException e) {
                throw new UserException("cannot start the demo API on 127.0.0.1:" + port + ": " + e.getMessage(), e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(api::close));
            out.println("Rampart Bank (" + (secure ? "secure" : "VULNERABLE") + " mode) at " + api.baseUri());
            out.println("OpenAPI: " + api.baseUri().resolve("/openapi.json"));
            out.println("Users:");
            api.users().forEach(u -> out.printf("  %-8s password %-12s role %-6s api key %s%n", u.username(), u.password(), u.role(), u.apiKey()));
            out.println("Press Ctrl-C to stop.");
            out.flush();
            Thread.currentThread().join();
            return Main.EXIT_OK;
        }
    }
}
