package dev.rampart.core.report;

import dev.rampart.core.finding.OwaspCategory;
import java.util.Map;

/**
 * Security scores of one spec, 0 (worst) to 100 (no findings): overall and per OWASP category.
 * How they are computed is the auditor's business (see docs/scoring.md); reports only show them.
 */
public record Scores(int overall, Map<OwaspCategory, Integer> perCategory) {
    public Scores {
        perCategory = Map.copyOf(perCategory);
    }

    /** A letter for the overall score: A (90+), B (75+), C (60+), D (40+), F. */
    public String grade() {
        return overall >= 90 ? "A" : overall >= 75 ? "B" : overall >= 60 ? "C" : overall >= 40 ? "D" : "F";
    }
}
