package dev.rampart.audit.rules.api8;

import dev.rampart.audit.Rule;
import java.util.List;

/** The rules of this category, in the order they run and are listed. */
public final class Api8Rules {
    private Api8Rules() {
    }

    public static List<Rule> all() {
        return List.of(
                new MissingClientErrorResponseRule(),
                new MissingValidationErrorResponseRule(),
                new MissingServerErrorResponseRule(),
                new ErrorInternalsLeakRule(),
                new InsecureServerTransportRule(),
                new WildcardServerHostRule(),
                new UnusedSecuritySchemeRule());
    }
}
