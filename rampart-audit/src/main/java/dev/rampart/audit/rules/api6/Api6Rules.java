package dev.rampart.audit.rules.api6;

import dev.rampart.audit.Rule;
import java.util.List;

/** The rules of this category, in the order they run and are listed. */
public final class Api6Rules {
    private Api6Rules() {
    }

    public static List<Rule> all() {
        return List.of(new SensitiveFlowUnthrottledRule());
    }
}
