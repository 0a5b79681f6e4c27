package dev.rampart.audit.rules.api1;

import dev.rampart.audit.Rule;
import java.util.List;

/** The rules of this category, in the order they run and are listed. */
public final class Api1Rules {
    private Api1Rules() {
    }

    public static List<Rule> all() {
        return List.of(
                new UnsecuredObjectIdRule(),
                new PredictableIdRule());
    }
}
