package dev.rampart.core.model;

import dev.rampart.core.spec.ArrayNode;
import dev.rampart.core.spec.Node;
import dev.rampart.core.spec.ObjectNode;
import dev.rampart.core.spec.Spec;
import dev.rampart.core.spec.SpecVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Builds an {@link ApiModel} from a resolved spec, mapping Swagger 2.0 onto the OpenAPI 3 shape. */
public final class ApiModelBuilder {
    public static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private final Spec spec;
    private final ObjectNode root;
    private final boolean v2;

    public ApiModelBuilder(Spec spec) {
        this.spec = spec;
        this.root = spec.root();
        this.v2 = spec.version() == SpecVersion.SWAGGER_2_0;
    }

    public ApiModel build() {
        Optional<List<SecurityRequirement>> global = root.array("security").map(this::requirements);
        List<SecurityRequirement> effectiveGlobal = global.orElse(List.of());
        List<Operation> ops = new ArrayList<>();
        root.object("paths").ifPresent(paths -> collectOperations(paths, effectiveGlobal, false, ops));
        root.object("webhooks").ifPresent(hooks -> collectOperations(hooks, effectiveGlobal, true, ops));
        return new ApiModel(spec, spec.version(), root.object("info"), servers(), List.copyOf(ops), securitySchemes(),
                global, Optional.ofNullable(root.get("security")), schemas());
    }

    private void collectOperations(ObjectNode paths, List<SecurityRequirement> global, boolean webhooks, List<Operation> out) {
        for (var pe : paths.entries()) {
            if (pe.getKey().startsWith("x-") || !(pe.getValue() instanceof ObjectNode rawItem)) {
                continue;
            }
            ObjectNode item = rawItem.derefObject();
            List<Parameter> pathParams = parameters(item.array("parameters"));
            for (String m : METHODS) {
                if (!(item.get(m) instanceof ObjectNode rawOp)) {
                    continue;
                }
                ObjectNode op = rawOp.derefObject();
                List<Parameter> params = mergeParameters(pathParams, parameters(op.array("parameters")));
                Optional<List<SecurityRequirement>> declared = op.array("security").map(this::requirements);
                out.add(new Operation(pe.getKey(), m.toUpperCase(Locale.ROOT), op, item,
                        op.text("operationId").orElse(""), op.text("summary").orElse(""), texts(op.array("tags")),
                        op.bool("deprecated"), params, requestBody(op, params), responses(op),
                        declared, declared.orElse(global), webhooks));
            }
        }
    }

    private static List<String> texts(Optional<ArrayNode> arr) {
        List<String> out = new ArrayList<>();
        arr.ifPresent(a -> a.forEach(n -> {
            if (!n.text().isEmpty()) {
                out.add(n.text());
            }
        }));
        return out;
    }

    private List<Parameter> parameters(Optional<ArrayNode> arr) {
        List<Parameter> out = new ArrayList<>();
        if (arr.isEmpty()) {
            return out;
        }
        for (Node n : arr.get()) {
            if (!(n instanceof ObjectNode raw)) {
                continue;
            }
            ObjectNode p = raw.derefObject();
            String in = p.text("in").orElse("");
            Optional<Schema> schema;
            if (v2) {
                schema = in.equals("body") ? Optional.ofNullable(p.get("schema")).flatMap(Schema::of) : Schema.of(p);
            } else if (p.has("schema")) {
                schema = Schema.of(p.get("schema"));
            } else {
                schema = p.object("content").flatMap(c -> c.entries().stream().findFirst())
                        .flatMap(e -> e.getValue() instanceof ObjectNode mt ? Optional.ofNullable(mt.derefObject().get("schema")) : Optional.empty())
                        .flatMap(Schema::of);
            }
            out.add(new Parameter(p.text("name").orElse(""), in, p.bool("required") || in.equals("path"),
                    p.bool("deprecated"), p, schema));
        }
        return out;
    }

    /** Operation parameters override path-level ones with the same name and location. */
    private static List<Parameter> mergeParameters(List<Parameter> pathLevel, List<Parameter> opLevel) {
        Map<String, Parameter> merged = new LinkedHashMap<>();
        for (Parameter p : pathLevel) {
            merged.put(p.in() + ":" + p.name(), p);
        }
        for (Parameter p : opLevel) {
            merged.put(p.in() + ":" + p.name(), p);
        }
        return List.copyOf(merged.values());
    }

    private Optional<RequestBody> requestBody(ObjectNode op, List<Parameter> params) {
        if (!v2) {
            return op.object("requestBody").map(rb -> new RequestBody(rb, rb.bool("required"), content(rb)));
        }
        List<String> consumes = mediaTypes(op, "consumes");
        for (Parameter p : params) {
            if (p.in().equals("body")) {
                List<MediaType> content = new ArrayList<>();
                for (String mt : consumes.isEmpty() ? List.of("application/json") : consumes) {
                    content.add(new MediaType(mt, p.node(), p.schema()));
                }
                return Optional.of(new RequestBody(p.node(), p.required(), content));
            }
        }
        List<Parameter> form = params.stream().filter(p -> p.in().equals("formData")).toList();
        if (!form.isEmpty()) {
            boolean file = form.stream().anyMatch(p -> p.node().text("type").orElse("").equals("file"));
            List<String> types = consumes.isEmpty()
                    ? List.of(file ? "multipart/form-data" : "application/x-www-form-urlencoded") : consumes;
            List<MediaType> content = types.stream().map(mt -> new MediaType(mt, form.get(0).node(), Optional.<Schema>empty())).toList();
            return Optional.of(new RequestBody(form.get(0).node(), form.stream().anyMatch(Parameter::required), content));
        }
        return Optional.empty();
    }

    private List<String> mediaTypes(ObjectNode op, String key) {
        Optional<ArrayNode> own = op.array(key);
        return texts(own.isPresent() ? own : root.array(key));
    }

    private List<MediaType> content(ObjectNode holder) {
        List<MediaType> out = new ArrayList<>();
        holder.object("content").ifPresent(c -> {
            for (var e : c.entries()) {
                if (e.getValue() instanceof ObjectNode mt) {
                    ObjectNode m = mt.derefObject();
                    out.add(new MediaType(e.getKey(), m, Optional.ofNullable(m.get("schema")).flatMap(Schema::of)));
                }
            }
        });
        return out;
    }

    private List<Response> responses(ObjectNode op) {
        List<Response> out = new ArrayList<>();
        Optional<ObjectNode> responses = op.object("responses");
        if (responses.isEmpty()) {
            return out;
        }
        for (var e : responses.get().entries()) {
            if (e.getKey().startsWith("x-") || !(e.getValue() instanceof ObjectNode raw)) {
                continue;
            }
            ObjectNode r = raw.derefObject();
            List<MediaType> content;
            if (v2) {
                content = new ArrayList<>();
                if (r.has("schema")) {
                    List<String> produces = mediaTypes(op, "produces");
                    for (String mt : produces.isEmpty() ? List.of("application/json") : produces) {
                        content.add(new MediaType(mt, r.get("schema"), Schema.of(r.get("schema"))));
                    }
                }
            } else {
                content = content(r);
            }
            List<String> headers = r.object("headers").map(ObjectNode::keys).orElse(List.of());
            out.add(new Response(e.getKey(), r, content, headers));
        }
        return out;
    }

    private List<SecurityRequirement> requirements(ArrayNode arr) {
        List<SecurityRequirement> out = new ArrayList<>();
        for (Node n : arr) {
            if (n instanceof ObjectNode o) {
                Map<String, List<String>> schemes = new LinkedHashMap<>();
                for (var e : o.entries()) {
                    schemes.put(e.getKey(), e.getValue() instanceof ArrayNode a ? texts(Optional.of(a)) : List.of());
                }
                out.add(new SecurityRequirement(o, schemes));
            }
        }
        return out;
    }

    private Map<String, SecurityScheme> securitySchemes() {
        Map<String, SecurityScheme> out = new LinkedHashMap<>();
        Optional<ObjectNode> defs = v2 ? root.object("securityDefinitions")
                : root.object("components").flatMap(c -> c.object("securitySchemes"));
        defs.ifPresent(d -> {
            for (var e : d.entries()) {
                if (e.getValue() instanceof ObjectNode raw) {
                    out.put(e.getKey(), scheme(e.getKey(), raw.derefObject()));
                }
            }
        });
        return out;
    }

    private SecurityScheme scheme(String name, ObjectNode s) {
        String type = s.text("type").orElse("");
        String scheme = s.text("scheme").orElse("").toLowerCase(Locale.ROOT);
        if (v2 && type.equals("basic")) {
            type = "http";
            scheme = "basic";
        }
        List<OAuthFlow> flows = new ArrayList<>();
        if (type.equals("oauth2")) {
            if (v2) {
                String flow = switch (s.text("flow").orElse("")) {
                    case "application" -> "clientCredentials";
                    case "accessCode" -> "authorizationCode";
                    default -> s.text("flow").orElse("");
                };
                flows.add(flow(flow, s));
            } else {
                s.object("flows").ifPresent(f -> {
                    for (var e : f.entries()) {
                        if (e.getValue() instanceof ObjectNode fo) {
                            flows.add(flow(e.getKey(), fo.derefObject()));
                        }
                    }
                });
            }
        }
        return new SecurityScheme(name, s, type, scheme, s.text("bearerFormat").orElse(""), s.text("in").orElse(""),
                s.text("name").orElse(""), s.text("openIdConnectUrl").orElse(""), List.copyOf(flows));
    }

    private static OAuthFlow flow(String type, ObjectNode f) {
        Map<String, String> scopes = new LinkedHashMap<>();
        f.object("scopes").ifPresent(sc -> sc.entries().forEach(e -> scopes.put(e.getKey(), e.getValue().text())));
        return new OAuthFlow(type, f, f.text("authorizationUrl").orElse(""), f.text("tokenUrl").orElse(""),
                f.text("refreshUrl").orElse(""), scopes);
    }

    private List<Server> servers() {
        List<Server> out = new ArrayList<>();
        if (v2) {
            String host = root.text("host").orElse("");
            String base = root.text("basePath").orElse("");
            if (host.isEmpty()) {
                return out;
            }
            Node at = root.get("host");
            List<String> schemes = texts(root.array("schemes"));
            for (String scheme : schemes.isEmpty() ? List.of("https") : schemes) {
                String url = scheme + "://" + host + base;
                out.add(new Server(url, url, root.has("schemes") ? root.get("schemes") : at));
            }
            return out;
        }
        root.array("servers").ifPresent(arr -> {
            for (Node n : arr) {
                if (n instanceof ObjectNode s) {
                    String raw = s.text("url").orElse("");
                    String url = raw;
                    Optional<ObjectNode> vars = s.object("variables");
                    if (vars.isPresent()) {
                        for (var v : vars.get().entries()) {
                            if (v.getValue() instanceof ObjectNode vo) {
                                url = url.replace("{" + v.getKey() + "}", vo.text("default").orElse(""));
                            }
                        }
                    }
                    out.add(new Server(url, raw, s.has("url") ? s.get("url") : s));
                }
            }
        });
        return out;
    }

    private Map<String, Schema> schemas() {
        Map<String, Schema> out = new LinkedHashMap<>();
        Optional<ObjectNode> defs = v2 ? root.object("definitions") : root.object("components").flatMap(c -> c.object("schemas"));
        defs.ifPresent(d -> d.entries().forEach(e -> Schema.of(e.getValue()).ifPresent(s -> out.put(e.getKey(), s))));
        return out;
    }
}
