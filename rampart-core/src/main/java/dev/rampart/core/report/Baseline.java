package dev.rampart.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rampart.core.finding.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The findings of an earlier run (a Rampart JSON report), to report only what is new. */
public final class Baseline {
    private final Set<String> fingerprints;

    private Baseline(Set<String> fingerprints) {
        this.fingerprints = Set.copyOf(fingerprints);
    }

    /** Reads the fingerprints of a JSON report written by {@link JsonReportWriter}. */
    public static Baseline load(Path jsonReport) throws IOException {
        JsonNode root;
        try {
            root = JsonReportWriter.MAPPER.readTree(jsonReport.toFile());
        } catch (IOException e) {
            throw new IOException(jsonReport + " is not a Rampart JSON report (not valid JSON)", e);
        }
        if (root == null || !root.isObject() || !"rampart".equals(root.path("tool").path("name").asText())
                || !root.path("findings").isArray()) {
            throw new IOException(jsonReport + " is not a Rampart JSON report (expected tool.name \"rampart\" and a findings array)");
        }
        Set<String> fps = new HashSet<>();
        for (JsonNode f : root.get("findings")) {
            String fp = f.path("fingerprint").asText("");
            if (!fp.isEmpty()) {
                fps.add(fp);
            }
        }
        return new Baseline(fps);
    }

    public boolean contains(Finding f) {
        return fingerprints.contains(f.fingerprint());
    }

    /** The findings not in this baseline, in their original order. */
    public List<Finding> newFindings(List<Finding> findings) {
        return findings.stream().filter(f -> !contains(f)).toList();
    }

    public int size() {
        return fingerprints.size();
    }
}
