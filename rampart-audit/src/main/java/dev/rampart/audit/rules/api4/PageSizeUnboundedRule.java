package dev.rampart.audit.rules.api4;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.audit.rules.RuleSupport;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.Operation;
import dev.rampart.core.model.Parameter;
import dev.rampart.core.model.Schema;
import java.util.List;
import java.util.Set;

/** List operations whose page size has no maximum, or that return an array with no paging at all. */
public final class PageSizeUnboundedRule extends AbstractRule {
    private static final Set<String> PAGE_SIZE = Set.of("limit", "page_size", "per_page", "pagesize", "size", "count", "top",
            "max_results", "maxresults", "first", "last", "page_limit", "max_items", "take");
    private static final Set<String> PAGE_POSITION = Set.of("page", "offset", "cursor", "after", "before", "page_token",
            "next_token", "continuation_token", "skip", "start", "starting_after", "ending_before", "marker", "since", "page_number");

    public PageSizeUnboundedRule() {
        super("limits-page-size-unbounded", OwaspCategory.API4, 770, Severity.MEDIUM,
                "List operation has no bounded page size",
                "A list operation without a maximum page size (or without paging at all) lets one request ask for every record: "
                        + "heavy database scans, large responses and an easy path to bulk data scraping.",
                "Paginate every list operation and give its page-size parameter (limit, per_page, page_size ...) a maximum, "
                        + "e.g. maximum: 100, plus a default; enforce the cap on the server.");
    }

    @Override
    public void check(AuditContext ctx) {
        for (Operation op : ctx.model().operations()) {
            if (op.webhook() || !op.method().equals("GET")) {
                continue;
            }
            List<Parameter> params = RuleSupport.nonBodyParameters(op);
            boolean paging = false;
            for (Parameter p : params) {
                String n = key(p);
                if (!p.inQuery()) {
                    continue;
                }
                if (PAGE_SIZE.contains(n)) {
                    paging = true;
                    Schema s = p.schema().orElse(null);
                    if (s != null && !s.has("maximum") && s.number("exclusiveMaximum").isEmpty() && !s.hasEnumOrConst()) {
                        ctx.report(op, s.node(), "page size parameter '" + p.name() + "' of " + op.label() + " has no maximum");
                    }
                } else if (PAGE_POSITION.contains(n)) {
                    paging = true;
                }
            }
            if (!paging && returnsArray(op)) {
                ctx.report(op, op.node(), op.label() + " returns an array but has no paging parameters (e.g. limit with a maximum)");
            }
        }
    }

    private static String key(Parameter p) {
        return RuleSupport.normalize(p.name()).replace("$", "").replace("[", "_").replace("]", "");
    }

    private static boolean returnsArray(Operation op) {
        for (Schema s : RuleSupport.successResponseSchemas(op)) {
            if (s.isArray()) {
                return true;
            }
        }
        return false;
    }
}
