package dev.rampart.audit.rules.api5;

import dev.rampart.audit.Rule;
import java.util.List;

/** The rules of this category, in the order they run and are listed. */
public final class Api5Rules {
    private Api5Rules() {
    }

    public static List<Rule> all() {
        return List.of(
                new AdminUnsecuredRule(),
                new AdminSharedScopesRule(),
                new ScopeNeverRequiredRule(),
                new OAuth2NoScopesRule());
    }
}
