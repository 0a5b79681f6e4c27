package dev.rampart.audit.engine;

import dev.rampart.core.finding.Severity;
import dev.rampart.core.spec.Node;
import dev.rampart.core.spec.ObjectNode;
import dev.rampart.core.spec.ScalarNode;
import dev.rampart.core.spec.SpecLoadException;
import dev.rampart.core.spec.SpecLoader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code rampart.yaml}:
 *
 * <pre>
 * fail-on: high                      # default for --fail-on
 * rules:
 *   auth-http-basic: off             # disable a rule
 *   limits-string-maxlength: low     # change its severity
 * </pre>
 *
 * Unknown keys and unknown rule ids are errors, so a typo cannot silently disable nothing.
 */
public final class AuditConfigLoader {
    private final Set<String> knownRules;

    public AuditConfigLoader(Set<String> knownRules) {
        this.knownRules = knownRules;
    }

    public AuditConfig load(Path file) throws SpecLoadException {
        Node root = new SpecLoader().loadDocument(file);
        String name = file.toString();
        if (root instanceof ScalarNode s && s.isNull()) {
            return AuditConfig.defaults();
        }
        if (!(root instanceof ObjectNode top)) {
            throw new SpecLoadException(name, root.line(), root.column(), "config must be a mapping");
        }
        Set<String> disabled = new HashSet<>();
        Map<String, Severity> severities = new HashMap<>();
        Optional<Severity> failOn = Optional.empty();
        for (var e : top.entries()) {
            Node v = e.getValue();
            switch (e.getKey()) {
                case "fail-on" -> failOn = Optional.of(severity(name, v));
                case "rules" -> {
                    if (v instanceof ScalarNode s && s.isNull()) {
                        continue;
                    }
                    if (!(v instanceof ObjectNode rules)) {
                        throw new SpecLoadException(name, v.line(), v.column(), "'rules' must map rule ids to off or a severity");
                    }
                    for (var r : rules.entries()) {
                        Node rv = r.getValue();
                        if (!knownRules.contains(r.getKey())) {
                            throw new SpecLoadException(name, rv.line(), rv.column(), "unknown rule '" + r.getKey()
                                    + "' (see 'rampart audit --list-rules')");
                        }
                        String text = rv instanceof ScalarNode s ? s.asString() : "";
                        if (text.equalsIgnoreCase("off") || text.equalsIgnoreCase("false") || text.equalsIgnoreCase("disabled")) {
                            disabled.add(r.getKey());
                        } else if (!text.equalsIgnoreCase("on") && !text.equalsIgnoreCase("true")) {
                            severities.put(r.getKey(), severity(name, rv));
                        }
                    }
                }
                default -> throw new SpecLoadException(name, v.line(), v.column(),
                        "unknown key '" + e.getKey() + "' (expected 'rules' or 'fail-on')");
            }
        }
        return new AuditConfig(disabled, severities, failOn);
    }

    private static Severity severity(String file, Node v) throws SpecLoadException {
        String text = v instanceof ScalarNode s ? s.asString() : "";
        try {
            return Severity.parse(text);
        } catch (IllegalArgumentException e) {
            throw new SpecLoadException(file, v.line(), v.column(), e.getMessage() + " or off");
        }
    }
}
