package dev.rampart.audit.rules.api6;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.audit.rules.RuleSupport;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.Operation;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Business operations that bots abuse (buying, voting, inviting ...) with no documented rate limit. */
public final class SensitiveFlowUnthrottledRule extends AbstractRule {
    private static final Pattern SENSITIVE = Pattern.compile(
            "(^|_)(purchases?|buy|checkouts?|orders?|payments?|pay|payouts?|transfers?|redeem|redemptions?|coupons?|"
                    + "vouchers?|gift_?cards?|votes?|upvotes?|signup|sign_up|register|registrations?|invites?|"
                    + "invitations?|referrals?|reviews?|comments?|reservations?|bookings?)(_|$)");
    private static final Pattern PATH_PARAM = Pattern.compile("\\{[^}]*}");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

    public SensitiveFlowUnthrottledRule() {
        super("flow-sensitive-unthrottled", OwaspCategory.API6, 799, Severity.MEDIUM,
                "Sensitive business flow without rate limiting",
                "Purchases, payments, transfers, coupon redemption, votes, sign-ups, invitations, reviews and bookings are"
                        + " what bots automate (scalping, card testing, fake accounts, spam, inventory hoarding); when the"
                        + " contract documents no 429, nothing shows the flow is limited.",
                "Limit the flow per user, device and IP (quotas, velocity checks, CAPTCHA or proof of work where"
                        + " appropriate), return 429 with Retry-After, and document that response.");
    }

    @Override
    public void check(AuditContext ctx) {
        for (Operation op : ctx.model().pathOperations()) {
            if (!op.method().equals("POST") && !op.method().equals("PUT")) {
                continue;
            }
            if (op.response("429").isPresent()) {
                continue;
            }
            String path = PATH_PARAM.matcher(op.path()).replaceAll("");
            String words = NON_WORD.matcher(RuleSupport.normalize(path) + "_" + RuleSupport.normalize(op.operationId()))
                    .replaceAll("_");
            Matcher m = SENSITIVE.matcher(words);
            if (m.find()) {
                ctx.report(op, op.node(), op.label() + " is a sensitive business flow ('" + m.group(2)
                        + "') but documents no 429 (rate limiting)");
            }
        }
    }
}
