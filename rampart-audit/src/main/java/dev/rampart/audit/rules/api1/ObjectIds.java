package dev.rampart.audit.rules.api1;

import dev.rampart.audit.rules.RuleSupport;
import dev.rampart.core.model.Operation;
import dev.rampart.core.model.Parameter;
import java.util.ArrayList;
import java.util.List;

/** Which path parameters of an operation address individual objects. */
final class ObjectIds {
    private ObjectIds() {
    }

    /**
     * Path parameters that look like object ids: by name (id, user_id, uuid, slug ...), or because
     * they follow a literal collection segment ("/orders/{x}").
     */
    static List<Parameter> pathObjectIds(Operation op) {
        List<Parameter> out = new ArrayList<>();
        String[] segments = op.path().split("/");
        for (Parameter p : op.parameters()) {
            if (p.inPath() && (RuleSupport.isIdName(p.name()) || followsCollection(segments, p.name()))) {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean followsCollection(String[] segments, String name) {
        String placeholder = "{" + name + "}";
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].equals(placeholder)) {
                String prev = segments[i - 1];
                return !prev.isEmpty() && !prev.contains("{");
            }
        }
        return false;
    }
}
