package dev.rampart.audit.rules.api3;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import java.util.Set;

/** Successful responses whose schemas carry personal data. */
public final class PiiPropertyExposureRule extends AbstractRule {
    private static final Set<String> PII = Set.of("email", "email_address", "phone", "phone_number", "mobile", "mobile_number",
            "date_of_birth", "birthdate", "birth_date", "birthday", "dob", "address", "home_address", "street_address",
            "national_id", "passport", "passport_number", "tax_id", "ip_address", "last_login_ip", "client_ip");

    public PiiPropertyExposureRule() {
        super("exposure-pii-property", OwaspCategory.API3, 359, Severity.LOW,
                "Response exposes personal data",
                "Responses that include e-mail addresses, phone numbers, birth dates, postal addresses, national or tax ids or IP "
                        + "addresses expose personal data to every caller that can read the object, with privacy and legal impact.",
                "Return personal data only to callers entitled to it (the subject, authorised staff): use separate public and "
                        + "private representations, mask or omit fields by default, and document which roles see them.");
    }

    @Override
    public void check(AuditContext ctx) {
        Properties.responseSchemas(ctx, op -> true, (op, owner) -> Properties.eachProperty(op, owner, (o, s, name, prop, at) -> {
            if (PII.contains(Properties.key(name)) && !prop.flag("writeOnly") && !prop.hasType("boolean")) {
                ctx.report(o, at, Properties.describe(s, name) + Properties.where(s, "response", o) + " is personal data");
            }
        }));
    }
}
