package dev.rampart.audit.rules.structure;

import dev.rampart.audit.Rule;
import java.util.List;

/** The rules of this category, in the order they run and are listed. */
public final class StructureRules {
    private StructureRules() {
    }

    public static List<Rule> all() {
        return List.of(
                new UnresolvedRefRule(),
                new UndeclaredPathParameterRule(),
                new UnusedPathParameterRule(),
                new DuplicateOperationIdRule(),
                new EquivalentPathsRule(),
                new MissingSuccessResponseRule());
    }
}
