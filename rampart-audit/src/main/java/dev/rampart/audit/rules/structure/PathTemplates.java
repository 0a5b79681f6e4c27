package dev.rampart.audit.rules.structure;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Path template parsing. */
final class PathTemplates {
    static final Pattern PARAM = Pattern.compile("\\{([^}/]+)}");

    private PathTemplates() {
    }

    /** Parameter names of a template, in order: "/a/{x}/b/{y}" gives x, y. */
    static Set<String> names(String path) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = PARAM.matcher(path);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
