package dev.rampart.audit.rules.api9;

import dev.rampart.audit.Rule;
import java.util.List;

/** The rules of this category, in the order they run and are listed. */
public final class Api9Rules {
    private Api9Rules() {
    }

    public static List<Rule> all() {
        return List.of(
                new MultipleApiVersionsRule(),
                new DeprecatedOperationRule(),
                new MissingApiVersionRule(),
                new MissingContactRule(),
                new NonProductionServerRule(),
                new NoServersRule());
    }
}
