package dev.rampart.audit.engine;

import dev.rampart.core.finding.Finding;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.report.Scores;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a spec from its findings; the formula is documented in docs/scoring.md.
 *
 * <p>Findings are grouped by rule and severity. A group of n findings at weight w costs
 * w * (1 + log2 n): repeating one mistake a thousand times is worse than doing it once, but not a
 * thousand times worse, so one bad habit cannot drown every other signal. A category scores
 * 100 * e^(-P/50) where P is the sum of its groups' costs; the overall score is 100 * e^(-P/100)
 * over all groups.
 */
public final class ScoreCalculator {
    private ScoreCalculator() {
    }

    public static double weight(Severity s) {
        return switch (s) {
            case CRITICAL -> 25;
            case HIGH -> 12;
            case MEDIUM -> 5;
            case LOW -> 2;
            case INFO -> 0;
        };
    }

    public static Scores score(List<Finding> findings) {
        Map<String, Integer> groups = new HashMap<>();
        Map<String, Finding> sample = new HashMap<>();
        for (Finding f : findings) {
            String key = f.ruleId() + "|" + f.severity();
            groups.merge(key, 1, Integer::sum);
            sample.putIfAbsent(key, f);
        }
        Map<OwaspCategory, Double> penalty = new EnumMap<>(OwaspCategory.class);
        double total = 0;
        for (var e : groups.entrySet()) {
            Finding f = sample.get(e.getKey());
            double cost = weight(f.severity()) * (1 + Math.log(e.getValue()) / Math.log(2));
            penalty.merge(f.category(), cost, Double::sum);
            total += cost;
        }
        Map<OwaspCategory, Integer> per = new EnumMap<>(OwaspCategory.class);
        for (OwaspCategory c : OwaspCategory.values()) {
            per.put(c, (int) Math.round(100 * Math.exp(-penalty.getOrDefault(c, 0.0) / 50)));
        }
        return new Scores((int) Math.round(100 * Math.exp(-total / 100)), per);
    }
}
