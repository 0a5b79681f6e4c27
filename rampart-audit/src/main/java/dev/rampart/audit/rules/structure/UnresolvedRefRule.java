package dev.rampart.audit.rules.structure;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.Confidence;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.spec.UnresolvedRef;

/** $refs the loader could not follow. */
public final class UnresolvedRefRule extends AbstractRule {
    public UnresolvedRefRule() {
        super("structure-unresolved-ref", OwaspCategory.API8, 1059, Severity.HIGH,
                "Reference cannot be resolved",
                "A $ref that points nowhere leaves part of the contract undefined: validators, gateways and "
                        + "generated code silently accept anything there, and no rule can check what it stands for.",
                "Fix the reference (path, JSON pointer, file name) or add the missing definition; bundle remote "
                        + "references into the document, or audit with remote references enabled.");
    }

    @Override
    public void check(AuditContext ctx) {
        for (UnresolvedRef r : ctx.model().spec().unresolvedRefs()) {
            String ref = r.node().ref();
            if (r.remote()) {
                ctx.report(r.node(), "remote $ref '" + ref + "' was not fetched, so its content was not audited ("
                        + r.reason() + ")", Severity.INFO, Confidence.FIRM);
            } else {
                ctx.report(r.node(), "$ref '" + ref + "' cannot be resolved: " + r.reason(), Severity.HIGH, Confidence.FIRM);
            }
        }
    }
}
