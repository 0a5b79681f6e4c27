package dev.rampart.core.report;

import java.io.IOException;
import java.io.Writer;

/** Writes a {@link Report} in one format. Implementations are stateless and thread-safe. */
public interface ReportWriter {
    /** The format's name as given to {@code --format}: text, json, sarif, html, junit. */
    String format();

    /** File name used when writing into an output directory, e.g. "rampart.sarif". */
    String fileName();

    /**
     * Writes the report.
     *
     * @param color use ANSI colors (only the text writer cares; true only on a terminal)
     */
    void write(Report report, Writer out, boolean color) throws IOException;
}
