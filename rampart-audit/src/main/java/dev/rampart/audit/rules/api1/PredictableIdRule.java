package dev.rampart.audit.rules.api1;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.Operation;
import dev.rampart.core.model.Parameter;
import dev.rampart.core.model.Schema;
import dev.rampart.core.spec.Node;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/** Integer object ids in paths: sequential, so easy to enumerate. */
public final class PredictableIdRule extends AbstractRule {
    public PredictableIdRule() {
        super("bola-predictable-id", OwaspCategory.API1, 639, Severity.LOW, "Predictable integer object id",
                "Integer ids are usually sequential: an attacker can enumerate them (id+1, id-1) to find other users'"
                        + " objects, which turns any missing ownership check into mass data exposure and leaks business volumes.",
                "Check object ownership on every request; expose random, non-guessable identifiers (UUIDv4 or similar)"
                        + " instead of database sequence numbers.");
    }

    @Override
    public void check(AuditContext ctx) {
        // a path-level or shared parameter is reported once, at its definition
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Operation op : ctx.model().pathOperations()) {
            for (Parameter p : ObjectIds.pathObjectIds(op)) {
                Schema s = p.schema().orElse(null);
                if (s == null || !s.hasType("integer") || s.types().contains("string") || s.hasEnumOrConst()) {
                    continue;
                }
                Node at = s.node().has("type") ? s.node().get("type") : s.node();
                if (seen.add(at)) {
                    ctx.report(op, at, "path parameter '" + p.name() + "' of " + op.label()
                            + " is an integer object id, easy to guess and enumerate");
                }
            }
        }
    }
}
