package dev.rampart.audit.rules.api10;

import dev.rampart.audit.Rule;
import java.util.List;

/** The rules of this category, in the order they run and are listed. */
public final class Api10Rules {
    private Api10Rules() {
    }

    public static List<Rule> all() {
        return List.of(new WebhookUnauthenticatedRule());
    }
}
