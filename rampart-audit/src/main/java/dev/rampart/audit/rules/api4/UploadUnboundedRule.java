package dev.rampart.audit.rules.api4;

import dev.rampart.audit.AbstractRule;
import dev.rampart.audit.AuditContext;
import dev.rampart.core.finding.OwaspCategory;
import dev.rampart.core.finding.Severity;
import dev.rampart.core.model.MediaType;
import dev.rampart.core.model.Operation;
import dev.rampart.core.model.Parameter;
import dev.rampart.core.model.Schema;
import java.util.Locale;

/** File uploads with no declared maximum size. */
public final class UploadUnboundedRule extends AbstractRule {
    public UploadUnboundedRule() {
        super("limits-upload-unbounded", OwaspCategory.API4, 400, Severity.MEDIUM,
                "File upload has no size limit",
                "An upload with no declared maximum size invites multi-gigabyte requests that fill disks, memory and object storage, "
                        + "tie up workers and inflate processing (virus scanning, image decoding) costs.",
                "Declare maxLength on binary/base64 fields (the maximum size in bytes), enforce the same limit in the gateway and "
                        + "the server before buffering, and reject larger bodies with 413.");
    }

    @Override
    public void check(AuditContext ctx) {
        Inputs.walk(ctx, false, (op, param, s, name) -> {
            boolean file = Inputs.BINARY_FORMATS.contains(Inputs.format(s)) && s.isString()
                    || s.hasType("file");
            if (file && !s.has("maxLength")) {
                ctx.report(op, s.node(), "upload " + Inputs.describe(param, s, name) + " has no maxLength (maximum size)");
            }
        });
        for (Operation op : ctx.model().operations()) {
            if (op.webhook() || op.requestBody().isEmpty()) {
                continue;
            }
            for (MediaType mt : op.requestBody().get().content()) {
                String n = mt.name().toLowerCase(Locale.ROOT);
                if (!mt.isMultipartOrBinary() || n.startsWith("multipart/")) {
                    continue;
                }
                // A raw binary body: unbounded unless its schema says otherwise (a binary-format schema is reported above).
                if (mt.schema().isEmpty() && !formFile(op)) {
                    ctx.report(op, mt.node(), mt.name() + " request body of " + op.label() + " has no schema and no maximum size");
                } else if (mt.schema().isPresent()) {
                    Schema s = mt.schema().get();
                    if (s.isFreeForm() && !s.has("maxLength")) {
                        ctx.report(op, mt.node(), mt.name() + " request body of " + op.label() + " has no maximum size");
                    }
                }
            }
        }
    }

    private static boolean formFile(Operation op) {
        for (Parameter p : op.parameters()) {
            if (p.node().text("type").orElse("").equals("file")) {
                return true;
            }
        }
        return false;
    }
}
