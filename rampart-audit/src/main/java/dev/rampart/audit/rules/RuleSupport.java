package dev.rampart.audit.rules;

import dev.rampart.core.model.MediaType;
import dev.rampart.core.model.Operation;
import dev.rampart.core.model.Parameter;
import dev.rampart.core.model.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Heuristics shared by rules of several categories: which names look like object ids, URLs,
 * secrets or admin functions, and where an operation's inputs and outputs are. Patterns are
 * compiled once.
 */
public final class RuleSupport {
    private RuleSupport() {
    }

    // Not "root" or "operator": GitHub's "meta/root" (GET /) and Kubernetes operators are not admin functions.
    private static final Pattern ADMIN_PATH = Pattern.compile(
            "(^|[/_.-])(admin|administrator|administration|manage|management|internal|superuser|sudo|staff|backoffice|console)([/_.-]|$|s\\b)");
    private static final Pattern ROLE_CHANGE = Pattern.compile("(^|[/_.{-])(roles?|permissions?|privileges?|grants?|acl)([/_.}-]|$)");
    // Names only: "domain", "host", "target" or "destination" usually hold a name or an account id,
    // not a URL the server fetches, and matching them was noise on real specs.
    private static final Pattern URL_NAME = Pattern.compile(
            "(^|[_-])(url|uri|href|link|callback|webhook|redirect|redirect_?uri|return_?url|endpoint|image_?url|avatar_?url|feed_?url|proxy)($|[_-])|(url|uri|href|callback|webhook|redirect)$",
            Pattern.CASE_INSENSITIVE);

    /** Splits camelCase and separators into lower-case words joined by '_': "imageURL" -> "image_url". */
    public static String normalize(String name) {
        String s = name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1_$2");
        return s.replace('-', '_').replace('.', '_').replace(' ', '_').toLowerCase(Locale.ROOT);
    }

    /** True for paths and operation ids that look like administrative functions. */
    public static boolean isAdminLike(Operation op) {
        String p = op.path().toLowerCase(Locale.ROOT);
        return ADMIN_PATH.matcher(p).find() || ADMIN_PATH.matcher(normalize(op.operationId()).replace('_', '-')).find();
    }

    /** True for operations that change roles, permissions or grants. */
    public static boolean isRoleChange(Operation op) {
        return !op.isRead() && (ROLE_CHANGE.matcher(op.path().toLowerCase(Locale.ROOT)).find()
                || ROLE_CHANGE.matcher(normalize(op.operationId())).find());
    }

    /** True for parameter or property names that usually carry an object identifier. */
    public static boolean isIdName(String name) {
        String n = normalize(name);
        return n.equals("id") || n.endsWith("_id") || n.equals("uuid") || n.endsWith("_uuid") || n.equals("guid")
                || n.endsWith("_key") && !n.contains("api") || n.equals("key") || n.endsWith("_number") && !n.contains("phone")
                || n.equals("slug") || n.equals("username") || n.equals("user") || n.equals("login") || n.equals("name")
                || n.equals("owner") || n.equals("repo");
    }

    /** True when a parameter or property looks like it takes a URL: by format, or by name. */
    public static boolean isUrlLike(String name, Schema schema) {
        String fmt = schema == null ? "" : schema.format().toLowerCase(Locale.ROOT);
        if (fmt.equals("uri") || fmt.equals("url") || fmt.equals("iri") || fmt.equals("uri-reference") || fmt.equals("iri-reference")) {
            return schema == null || !schema.has("enum");
        }
        if (schema != null && (schema.has("enum") || schema.has("const") || !schema.types().isEmpty() && !schema.isString())) {
            return false;
        }
        return URL_NAME.matcher(normalize(name)).find();
    }

    /** The component schema a schema lies in ("User"), or "" for inline schemas. */
    public static String componentName(Schema s) {
        String ptr = s.node().pointer();
        for (String prefix : new String[] {"/components/schemas/", "/definitions/"}) {
            int i = ptr.indexOf(prefix);
            if (i >= 0) {
                String rest = ptr.substring(i + prefix.length());
                int slash = rest.indexOf('/');
                return (slash < 0 ? rest : rest.substring(0, slash)).replace("~1", "/").replace("~0", "~");
            }
        }
        return "";
    }

    /** Path, query, header, cookie and form parameters of an operation (the body is separate). */
    public static List<Parameter> nonBodyParameters(Operation op) {
        return op.parameters().stream().filter(p -> !p.in().equals("body")).toList();
    }

    /** Schemas of the request body, one per media type (2.0 "body" included). */
    public static List<Schema> requestSchemas(Operation op) {
        List<Schema> out = new ArrayList<>();
        op.requestBody().ifPresent(rb -> rb.content().forEach(mt -> mt.schema().ifPresent(out::add)));
        return out;
    }

    /** Schemas of successful (2xx) responses. */
    public static List<Schema> successResponseSchemas(Operation op) {
        List<Schema> out = new ArrayList<>();
        op.responses().stream().filter(r -> r.isSuccess())
                .forEach(r -> r.content().stream().map(MediaType::schema).forEach(s -> s.ifPresent(out::add)));
        return out;
    }
}
