package dev.rampart.audit;

import dev.rampart.core.spec.ArrayNode;
import dev.rampart.core.spec.Node;
import dev.rampart.core.spec.ObjectNode;
import dev.rampart.core.spec.ScalarNode;

/**
 * Inline ignores: an {@code x-rampart-ignore} extension on any object of the spec (an operation,
 * a schema, a path item, the root) silences findings at that object or inside it.
 *
 * <pre>
 * x-rampart-ignore: true                      # every rule
 * x-rampart-ignore: limits-string-maxlength   # one rule
 * x-rampart-ignore: [auth-http-basic, ...]    # several
 * x-rampart-ignore:                           # several, with the reason written down
 *   auth-http-basic: legacy clients, removed in v3
 * </pre>
 */
public final class Suppressions {
    public static final String EXTENSION = "x-rampart-ignore";

    private Suppressions() {
    }

    /** True when the node or one of its ancestors ignores this rule. */
    public static boolean ignored(Node node, String ruleId) {
        for (Node n = node; n != null; n = n.parent()) {
            if (n instanceof ObjectNode o && o.has(EXTENSION) && covers(o.get(EXTENSION), ruleId)) {
                return true;
            }
        }
        return false;
    }

    private static boolean covers(Node ext, String ruleId) {
        if (ext instanceof ScalarNode s) {
            return s.asBoolean() || s.isString() && (s.text().equals(ruleId) || s.text().equals("*"));
        }
        if (ext instanceof ArrayNode a) {
            for (Node item : a) {
                if (item.text().equals(ruleId) || item.text().equals("*")) {
                    return true;
                }
            }
            return false;
        }
        return ext instanceof ObjectNode o && (o.has(ruleId) || o.has("*"));
    }
}
