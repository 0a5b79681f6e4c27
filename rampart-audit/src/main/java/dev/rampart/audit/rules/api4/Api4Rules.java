package dev.rampart.audit.rules.api4;

import dev.rampart.audit.Rule;
import java.util.List;

/** The rules of this category, in the order they run and are listed. */
public final class Api4Rules {
    private Api4Rules() {
    }

    public static List<Rule> all() {
        return List.of(new StringMaxLengthRule(), new ArrayMaxItemsRule(), new NumberUnboundedRule(), new IntegerFormatRule(),
                new StringUnrestrictedRule(), new PageSizeUnboundedRule(), new UploadUnboundedRule(), new No429Rule(),
                new NoRateLimitHeadersRule(), new RateLimitNoRetryAfterRule());
    }
}
