package dev.rampart.audit.rules.api3;

import dev.rampart.audit.Rule;
import java.util.List;

/** The rules of this category, in the order they run and are listed. */
public final class Api3Rules {
    private Api3Rules() {
    }

    public static List<Rule> all() {
        return List.of(new OpenSchemaRule(), new ReadOnlyInRequestRule(), new PrivilegedPropertyRule(),
                new SensitivePropertyExposureRule(), new FreeFormResponseRule(), new PiiPropertyExposureRule());
    }
}
