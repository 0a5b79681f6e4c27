package dev.rampart.cli;

import dev.rampart.core.finding.Severity;
import dev.rampart.core.report.Report;
import dev.rampart.core.report.ReportTarget;
import dev.rampart.core.report.ReportWriter;
import dev.rampart.core.report.ReportWriters;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * Where reports go: one format to stdout, or any number of formats into files in an output
 * directory (with a short summary on stdout). Shared by every command that reports findings.
 */
final class Reporting {
    private final List<ReportWriter> writers;
    private final Path output;

    private Reporting(List<ReportWriter> writers, Path output) {
        this.writers = writers;
        this.output = output;
    }

    static Reporting of(List<String> formats, Path output, CommandLine.Model.CommandSpec cmd) {
        List<ReportWriter> writers = new ArrayList<>();
        for (String f : formats.isEmpty() ? List.of("text") : formats) {
            try {
                ReportWriter w = ReportWriters.forFormat(f.trim());
                if (writers.stream().noneMatch(x -> x.format().equals(w.format()))) {
                    writers.add(w);
                }
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(cmd.commandLine(), "--format: " + e.getMessage());
            }
        }
        if (output == null && writers.size() > 1) {
            throw new CommandLine.ParameterException(cmd.commandLine(), "several formats need --output DIR to write them to");
        }
        if (output != null && Files.exists(output) && !Files.isDirectory(output)) {
            throw new UserException(output + ": --output must be a directory");
        }
        return new Reporting(List.copyOf(writers), output);
    }

    static boolean colorWanted(boolean allowed) {
        return allowed && System.console() != null && System.getenv("NO_COLOR") == null
                && !"dumb".equals(System.getenv("TERM"));
    }

    void write(Report report, PrintWriter out, PrintWriter err, boolean colorAllowed) throws IOException {
        if (output == null) {
            writers.get(0).write(report, out, colorWanted(colorAllowed));
            out.flush();
            return;
        }
        Files.createDirectories(output);
        for (ReportWriter w : writers) {
            Path file = output.resolve(w.fileName());
            Path tmp = output.resolve(w.fileName() + ".tmp");
            // Written to a temporary file first, so an interrupted run never leaves half a report.
            try (Writer fw = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write(report, fw, false);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            out.println("wrote " + file);
        }
        out.println(summary(report));
        out.flush();
    }

    /** One line per target with its score, then the counts by severity. */
    static String summary(Report report) {
        StringBuilder sb = new StringBuilder();
        for (ReportTarget t : report.targets()) {
            sb.append(t.name()).append(" (").append(t.description()).append(")");
            t.scores().ifPresent(s -> sb.append(": score ").append(s.overall()).append("/100, grade ").append(s.grade()));
            sb.append('\n');
        }
        Map<Severity, Integer> counts = report.countBySeverity();
        sb.append(report.findings().size()).append(" findings: ");
        List<String> parts = new ArrayList<>();
        for (Severity s : Severity.values()) {
            parts.add(counts.get(s) + " " + s.label());
        }
        sb.append(String.join(", ", parts));
        if (report.suppressed() > 0) {
            sb.append(" (").append(report.suppressed()).append(" suppressed)");
        }
        return sb.toString();
    }
}
