package dev.rampart.audit.rules.api7;

import dev.rampart.audit.Rule;
import java.util.List;

/** The rules of this category, in the order they run and are listed. */
public final class Api7Rules {
    private Api7Rules() {
    }

    public static List<Rule> all() {
        return List.of(new SsrfUrlParameterRule(), new SsrfUrlPropertyRule(), new SsrfCallbackFromRequestRule());
    }
}
