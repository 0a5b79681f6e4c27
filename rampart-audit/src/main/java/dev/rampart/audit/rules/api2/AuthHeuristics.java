package dev.rampart.audit.rules.api2;

import dev.rampart.audit.rules.RuleSupport;
import dev.rampart.core.model.Operation;
import java.util.Locale;
import java.util.regex.Pattern;

/** Name heuristics for authentication endpoints, shared by the rules of this package. */
final class AuthHeuristics {
    private AuthHeuristics() {
    }

    /** Words of paths and operation ids of endpoints that are reachable before authentication by design. */
    private static final Pattern PUBLIC_AUTH = Pattern.compile(
            "(^|_)(login|log_in|logon|signin|sign_in|register|signup|sign_up|authorize|"
                    + "forgot_password|password_reset|reset_password|forgot|recover_password)(_|$)");
    /** Last path segments of health, status and documentation endpoints (of the service itself). */
    private static final Pattern PUBLIC_META = Pattern.compile(
            "(health|healthz|healthcheck|livez|readyz|status|ping|version|openapi|swagger|docs|api-docs|openapi\\.(json|ya?ml)|swagger\\.(json|ya?ml)|\\.well-known)",
            Pattern.CASE_INSENSITIVE);

    /** Words of endpoints that check a credential or a one-time code: the brute-force targets. */
    private static final Pattern CREDENTIAL_CHECK = Pattern.compile(
            "(^|_)(login|log_in|logon|signin|sign_in|authenticate|otp|mfa|2fa|two_factor|totp|verify_code|"
                    + "forgot_password|password_reset|reset_password|recover_password)(_|$)");
    private static final Pattern LOGIN_LINK = Pattern.compile("(^|_)login_(links?|urls?)(_|$)");
    private static final Pattern TOKEN_WORD = Pattern.compile("(^|_)tokens?(_|$)");
    private static final Pattern PATH_PARAM = Pattern.compile("\\{[^}]*}");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

    /** Text made of the path (without parameters) and the operation id, as '_'-separated words. */
    static String words(Operation op) {
        String path = PATH_PARAM.matcher(op.path()).replaceAll("");
        return NON_WORD.matcher(RuleSupport.normalize(path) + "_" + RuleSupport.normalize(op.operationId()))
                .replaceAll("_");
    }

    /** Login, sign-up, token, one-time-code, password-reset, health, status and documentation endpoints. */
    static boolean isPublicByDesign(Operation op) {
        if (isCredentialCheck(op)) {
            return true;
        }
        String w = words(op);
        if (PUBLIC_AUTH.matcher(w).find()) {
            return true;
        }
        if (op.path().indexOf('{') >= 0) {
            return false; // "/repos/{owner}/{repo}/pages/health" is about an object, not the service
        }
        String path = op.path().endsWith("/") ? op.path().substring(0, op.path().length() - 1) : op.path();
        return PUBLIC_META.matcher(path.substring(path.lastIndexOf('/') + 1)).matches();
    }

    private static boolean isTokenEndpoint(Operation op, String w) {
        String path = op.path().toLowerCase(Locale.ROOT);
        return path.endsWith("/token") || path.contains("oauth") || w.contains("oauth");
    }

    /** Login, token, one-time-code and password-reset operations that take input (not GETs). */
    static boolean isCredentialCheck(Operation op) {
        if (op.isRead() || op.method().equals("DELETE")) {
            return false;
        }
        String w = words(op);
        if (LOGIN_LINK.matcher(w).find()) {
            return false; // creating a login link or URL for someone else checks nothing
        }
        if (CREDENTIAL_CHECK.matcher(w).find()) {
            return true;
        }
        if (!TOKEN_WORD.matcher(w).find()) {
            return false;
        }
        // the OAuth / login token endpoint itself, not a collection of personal access tokens
        return isTokenEndpoint(op, w);
    }
}
