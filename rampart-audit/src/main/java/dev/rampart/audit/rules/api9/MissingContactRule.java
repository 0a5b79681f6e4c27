package dev.rampart.audit.rules.api9;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.spec.Node;
import dev.rampart.core.spec.ObjectNode;
import java.util.Optional;

/** info.contact missing, or naming no one. */
public final class MissingContactRule extends AbstractRule {
    public MissingContactRule() {
        super("inventory-missing-contact", OwaspCategory.API9, 1059, Severity.LOW,
                "API has no documented owner contact",
                "An API without an owner is hard to inventory, patch or retire, and whoever finds a vulnerability "
                        + "or sees it abused has nobody to tell.",
                "Add info.contact with the owning team's name and a monitored email or URL.");
    }

    @Override
    public void check(AuditContext ctx) {
        Optional<ObjectNode> info = ctx.model().info();
        if (info.isEmpty()) {
            ctx.report(ctx.model().root(), "the document has no info object, hence no info.contact");
            return;
        }
        Node contact = info.get().get("contact");
        if (contact == null) {
            ctx.report(info.get(), "info.contact is missing: the API names no owner");
            return;
        }
        if (contact instanceof ObjectNode c) {
            ObjectNode o = c.derefObject();
            if (blank(o, "name") && blank(o, "email") && blank(o, "url")) {
                ctx.report(contact, "info.contact has no name, email or url");
            }
        } else {
            ctx.report(contact, "info.contact is not an object with name, email or url");
        }
    }

    private static boolean blank(ObjectNode o, String key) {
        return o.text(key).map(String::isBlank).orElse(true);
    }
}
