package dev.rampart.core.model;

import dev.rampart.core.spec.Node;
import dev.rampart.core.spec.ObjectNode;
import dev.rampart.core.spec.Spec;
import dev.rampart.core.spec.SpecVersion;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The API as a spec describes it, the same for Swagger 2.0 and OpenAPI 3.x: operations,
 * parameters, bodies, responses, security, servers and named schemas, each keeping its node so
 * that anything said about it can point at file:line:column. Built by {@link ApiModelBuilder}.
 *
 * @param globalSecurity     the document-level {@code security}, when present
 * @param securitySchemes    by name, in document order
 * @param schemas            named schemas (components.schemas or definitions), in document order
 */
public record ApiModel(
        Spec spec,
        SpecVersion version,
        Optional<ObjectNode> info,
        List<Server> servers,
        List<Operation> operations,
        Map<String, SecurityScheme> securitySchemes,
        Optional<List<SecurityRequirement>> globalSecurity,
        Optional<Node> globalSecurityNode,
        Map<String, Schema> schemas) {

    public ObjectNode root() {
        return spec.root();
    }

    /** Operations on paths, without webhooks. */
    public List<Operation> pathOperations() {
        return operations.stream().filter(o -> !o.webhook()).toList();
    }

    public static ApiModel of(Spec spec) {
        return new ApiModelBuilder(spec).build();
    }
}
