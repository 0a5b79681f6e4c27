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
    /** Words of the path (and of the operation id) of abusable business flows. */
    private static final Pattern SENSITIVE = Pattern.compile(
            "(^|_)(purchases?|buy|checkouts?|orders?|payments?|payouts?|transfers?|redeem|redemptions?|coupons?|"
                    + "vouchers?|gift_?cards?|votes?|upvotes?|signup|sign_up|register|invites?|"
                    + "invitations?|referrals?|comments?|reservations?|bookings?)(_|$)");
    /** Only in the path: nouns that are also verbs in operation ids ("review-pat-requests"). */
    private static final Pattern SENSITIVE_PATH = Pattern.compile("(^|_)(reviews?|registrations?)(_|$)");
    /** "pay" as the action of the path ("/invoices/{id}/pay"), not "apple_pay". */
    private static final Pattern PAY_ACTION = Pattern.compile("/pay/?$");
    /** Runner registration tokens and the like: machine set-up, not a user flow. */
    private static final Pattern NOT_USER_FLOW = Pattern.compile("(^|_)(registration|register)_tokens?(_|$)");
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

    /** The word that makes the operation a sensitive flow, or null. */
    private static String flow(Operation op) {
        String pathWords = NON_WORD.matcher(RuleSupport.normalize(PATH_PARAM.matcher(op.path()).replaceAll(""))).replaceAll("_");
        String idWords = NON_WORD.matcher(RuleSupport.normalize(op.operationId())).replaceAll("_");
        if (NOT_USER_FLOW.matcher(pathWords).find()) {
            return null;
        }
        for (Matcher m : new Matcher[] {SENSITIVE.matcher(pathWords), SENSITIVE_PATH.matcher(pathWords), SENSITIVE.matcher(idWords)}) {
            if (m.find()) {
                return m.group(2);
            }
        }
        return PAY_ACTION.matcher(op.path()).find() ? "pay" : null;
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
            String flow = flow(op);
            if (flow != null) {
                ctx.report(op, op.node(), op.label() + " is a sensitive business flow ('" + flow
                        + "') but documents no 429 (rate limiting)");
            }
        }
    }
}
