package dev.rampart.audit.rules.api2;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.Operation;

/** Login, token, one-time-code and password-reset operations without documented rate limiting. */
public final class LoginNoThrottlingRule extends AbstractRule {
    public LoginNoThrottlingRule() {
        super("auth-login-no-throttling", OwaspCategory.API2, 307, Severity.MEDIUM, "Authentication endpoint without rate limiting",
                "Login, token, one-time-code and password-reset endpoints are the targets of credential stuffing and"
                        + " brute force; when the contract documents no 429, nothing indicates attempts are limited.",
                "Throttle attempts per account and per client (with lockout or back-off), return 429 with Retry-After,"
                        + " and document that response.");
    }

    @Override
    public void check(AuditContext ctx) {
        for (Operation op : ctx.model().pathOperations()) {
            if (AuthHeuristics.isCredentialCheck(op) && op.response("429").isEmpty()) {
                ctx.report(op, op.node(), op.label() + " checks credentials or one-time codes but documents no 429 (rate limiting)");
            }
        }
    }
}
