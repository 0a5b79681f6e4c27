package dev.rampart.core.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.core.model.ApiModel;
import dev.rampart.core.model.Operation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecLoaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private SpecLoadException loadError(Path p) {
        try {
            new SpecLoader().load(p);
        } catch (SpecLoadException e) {
            return e;
        }
        throw new AssertionError("expected a SpecLoadException for " + p);
    }

    @Test
    void yamlNodesKnowTheirLineColumnAndPointer() throws Exception {
        Path p = write("api.yaml", """
                openapi: 3.0.3
                info: {title: t, version: '1'}
                paths:
                  /users/{id}:
                    get:
                      parameters:
                        - name: id
                          in: path
                      responses:
                        '200': {description: ok}
                """);
        Spec spec = new SpecLoader().load(p);
        ObjectNode get = spec.root().object("paths").orElseThrow().object("/users/{id}").orElseThrow().object("get").orElseThrow();
        assertThat(get.line()).isEqualTo(5);
        assertThat(get.column()).isEqualTo(5);
        assertThat(get.pointer()).isEqualTo("/paths/~1users~1{id}/get");
        Node in = ((ObjectNode) get.array("parameters").orElseThrow().get(0)).get("in");
        assertThat(in.line()).isEqualTo(8);
        assertThat(in.column()).isEqualTo(15);
        assertThat(in.pointer()).isEqualTo("/paths/~1users~1{id}/get/parameters/0/in");
        assertThat(in.location().toString()).isEqualTo(p + ":8:15");
        assertThat(spec.version()).isEqualTo(SpecVersion.OPENAPI_3_0);
    }

    @Test
    void jsonNodesKnowTheirPositions() throws Exception {
        Path p = write("api.json", "{\n  \"openapi\": \"3.1.0\",\n  \"info\": {\"title\": \"t\", \"version\": \"1\"},\n  \"paths\": {}\n}\n");
        Spec spec = new SpecLoader().load(p);
        assertThat(spec.version()).isEqualTo(SpecVersion.OPENAPI_3_1);
        Node info = spec.root().get("info");
        assertThat(info.line()).isEqualTo(3);
        assertThat(info.column()).isEqualTo(3);
        assertThat(spec.root().object("info").orElseThrow().get("version").column()).isEqualTo(37);
    }

    @Test
    void yaml12CoreSchemaKeepsEqualsAndOnAsStrings() throws Exception {
        Path p = write("api.yaml", "openapi: 3.0.0\ninfo: {title: t, version: 1.10}\nx-a: =\nx-b: on\npaths: {}\n");
        Spec spec = new SpecLoader().load(p);
        assertThat(spec.root().get("x-a").text()).isEqualTo("=");
        assertThat(spec.root().get("x-b").text()).isEqualTo("on");
        assertThat(spec.root().object("info").orElseThrow().text("version")).contains("1.1");
    }

    @Test
    void malformedJsonNamesLineAndColumn() throws Exception {
        Path p = write("bad.json", "{\n  \"openapi\": \"3.0.0\",\n  \"info\": {\"title\": }\n}");
        SpecLoadException e = loadError(p);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isPositive();
        assertThat(e.getMessage()).startsWith(p + ":3:").contains("invalid JSON").doesNotContain("\n");
    }

    @Test
    void malformedYamlNamesLineAndColumn() throws Exception {
        Path p = write("bad.yaml", "openapi: 3.0.0\ninfo:\n  title: [unclosed\n  version: 1\npaths: {}\n");
        SpecLoadException e = loadError(p);
        assertThat(e.line()).isGreaterThanOrEqualTo(3);
        assertThat(e.getMessage()).startsWith(p + ":").contains("invalid YAML").doesNotContain("\n");
    }

    @Test
    void documentThatIsNotOpenApiIsRefused() throws Exception {
        SpecLoadException e = loadError(write("k8s.yaml", "apiVersion: v1\nkind: Pod\n"));
        assertThat(e.getMessage()).contains("not an OpenAPI document");
        assertThat(loadError(write("list.yaml", "- a\n- b\n")).getMessage()).contains("not an OpenAPI document");
        assertThat(loadError(write("empty.yaml", "")).getMessage()).contains("empty document");
        assertThat(loadError(write("v4.yaml", "openapi: 4.0.0\n")).getMessage()).contains("unsupported OpenAPI version");
    }

    @Test
    void cyclicRefChainIsAnErrorAtTheRef() throws Exception {
        Path p = write("cycle.yaml", """
                openapi: 3.0.0
                info: {title: t, version: '1'}
                paths: {}
                components:
                  schemas:
                    A: {$ref: '#/components/schemas/B'}
                    B: {$ref: '#/components/schemas/A'}
                """);
        SpecLoadException e = loadError(p);
        assertThat(e.getMessage()).contains("cyclic $ref").contains("#/components/schemas/A").contains("#/components/schemas/B");
        assertThat(e.line()).isIn(6, 7);
    }

    @Test
    void recursiveSchemasAreLegalAndResolve() throws Exception {
        Path p = write("tree.yaml", """
                openapi: 3.0.0
                info: {title: t, version: '1'}
                paths: {}
                components:
                  schemas:
                    Node:
                      type: object
                      properties:
                        children:
                          type: array
                          items: {$ref: '#/components/schemas/Node'}
                """);
        Spec spec = new SpecLoader().load(p);
        ObjectNode node = spec.root().object("components").orElseThrow().object("schemas").orElseThrow().object("Node").orElseThrow();
        ObjectNode items = node.object("properties").orElseThrow().object("children").orElseThrow();
        assertThat(((ObjectNode) items.get("items")).deref()).isSameAs(node);
        assertThat(spec.unresolvedRefs()).isEmpty();
    }

    @Test
    void externalRelativeRefsResolveIntoTheirOwnFile() throws Exception {
        write("common/schemas.yaml", "User:\n  type: object\n  properties:\n    name: {type: string}\n");
        Path p = write("api.yaml", """
                openapi: 3.0.0
                info: {title: t, version: '1'}
                paths:
                  /u:
                    get:
                      responses:
                        '200':
                          description: ok
                          content:
                            application/json:
                              schema: {$ref: 'common/schemas.yaml#/User'}
                """);
        Spec spec = new SpecLoader().load(p);
        assertThat(spec.documents()).hasSize(2);
        Operation op = ApiModel.of(spec).operations().get(0);
        var schema = op.responses().get(0).content().get(0).schema().orElseThrow();
        assertThat(schema.node().document().displayName()).endsWith("schemas.yaml");
        assertThat(schema.node().line()).isEqualTo(1);
        assertThat(schema.properties()).containsKey("name");
    }

    @Test
    void missingExternalFileIsAnErrorNamingIt() throws Exception {
        Path p = write("api.yaml", "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {$ref: 'nope.yaml#/A'}\n");
        SpecLoadException e = loadError(p);
        assertThat(e.getMessage()).startsWith(p + ":6:").contains("nope.yaml").contains("no such file");
    }

    @Test
    void unresolvableLocalRefAndRemoteRefAreRecordedNotFatal() throws Exception {
        Path p = write("api.yaml", """
                openapi: 3.0.0
                info: {title: t, version: '1'}
                paths: {}
                components:
                  schemas:
                    A: {$ref: '#/components/schemas/Missing'}
                    B: {$ref: 'https://example.com/schemas.yaml#/B'}
                """);
        Spec spec = new SpecLoader().load(p);
        assertThat(spec.unresolvedRefs()).hasSize(2);
        assertThat(spec.unresolvedRefs()).anySatisfy(u -> assertThat(u.remote()).isTrue());
        assertThat(spec.unresolvedRefs()).anySatisfy(u -> assertThat(u.reason()).contains("points to nothing"));
    }

    @Test
    void yamlAliasBombFailsFastWithBoundedMemory() throws Exception {
        StringBuilder sb = new StringBuilder("openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\n");
        sb.append("x-a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            sb.append("x-").append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                sb.append(i == 0 ? "" : ",").append('*').append(prev);
            }
            sb.append("]\n");
            prev = c;
        }
        SpecLoadException e = loadError(write("bomb.yaml", sb.toString()));
        assertThat(e.getMessage()).containsAnyOf("alias bomb", "aliases");
    }

    @Test
    void hugeDocumentIsRefusedBeforeReading() throws Exception {
        Path p = dir.resolve("huge.yaml");
        try (OutputStream out = Files.newOutputStream(p)) {
            byte[] chunk = "x-pad: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n".repeat(16384).getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written < 100L * 1024 * 1024; written += chunk.length) {
                out.write(chunk);
            }
        }
        SpecLoadException e = loadError(p);
        assertThat(e.getMessage()).contains("over the 64.0 MB limit").contains("--max-spec-size");
    }

    @Test
    void stdinIsLimitedToo() {
        byte[] big = new byte[2 * 1024 * 1024];
        LoaderOptions small = LoaderOptions.defaults().withMaxDocumentBytes(1024 * 1024);
        assertThatThrownBy(() -> new SpecLoader(small).load("<stdin>", new ByteArrayInputStream(big)))
                .isInstanceOf(SpecLoadException.class).hasMessageContaining("<stdin>").hasMessageContaining("limit");
    }

    @Test
    void binaryGarbageIsRefusedAsNotText() throws Exception {
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);
        Path p = dir.resolve("junk.bin");
        Files.write(p, junk);
        SpecLoadException e = loadError(p);
        assertThat(e.getMessage()).contains("not a text document");
    }

    @Test
    void deepNestingIsRefused() throws Exception {
        String deep = "{\"openapi\":\"3.0.0\",\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        SpecLoadException e = loadError(write("deep.json", deep));
        assertThat(e.getMessage()).containsAnyOf("nest", "depth");
    }

    @Test
    void recursiveYamlAliasIsRefused() throws Exception {
        SpecLoadException e = loadError(write("rec.yaml", "openapi: 3.0.0\nx-a: &a\n  - *a\n"));
        assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
    }

    @Test
    void selfMergingYamlMappingLoads() throws Exception {
        Path p = write("selfmerge.yaml", "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\nx-m: &m {a: 1, <<: *m}\n");
        assertThat(new SpecLoader().load(p).root().object("x-m").orElseThrow().text("a")).contains("1");
    }

    @Test
    void yamlMergeKeysAreApplied() throws Exception {
        Path p = write("merge.yaml", """
                openapi: 3.0.0
                info: {title: t, version: '1'}
                paths: {}
                x-base: &base {type: string, maxLength: 10}
                x-derived:
                  <<: *base
                  maxLength: 20
                """);
        ObjectNode derived = new SpecLoader().load(p).root().object("x-derived").orElseThrow();
        assertThat(derived.text("type")).contains("string");
        assertThat(derived.text("maxLength")).contains("20");
    }

    @Test
    void swagger2IsMappedOntoTheCommonModel() throws Exception {
        Path p = write("v2.yaml", """
                swagger: '2.0'
                info: {title: t, version: '1'}
                host: api.example.com
                basePath: /v1
                schemes: [http]
                securityDefinitions:
                  basic: {type: basic}
                  oauth: {type: oauth2, flow: application, tokenUrl: 'https://x/token', scopes: {read: r}}
                security: [{basic: []}]
                paths:
                  /pets:
                    post:
                      consumes: [application/json]
                      parameters:
                        - {name: body, in: body, required: true, schema: {type: object}}
                        - {name: limit, in: query, type: integer}
                      responses:
                        '200': {description: ok, schema: {type: array, items: {type: string}}}
                """);
        ApiModel m = ApiModel.of(new SpecLoader().load(p));
        assertThat(m.servers()).extracting(s -> s.url()).containsExactly("http://api.example.com/v1");
        assertThat(m.securitySchemes().get("basic").isHttp("basic")).isTrue();
        assertThat(m.securitySchemes().get("oauth").flows().get(0).type()).isEqualTo("clientCredentials");
        Operation op = m.operations().get(0);
        assertThat(op.isSecured()).isTrue();
        assertThat(op.requestBody()).isPresent();
        assertThat(op.requestBody().get().content().get(0).name()).isEqualTo("application/json");
        assertThat(op.parameters("query").get(0).schema().orElseThrow().hasType("integer")).isTrue();
        assertThat(op.responses().get(0).content().get(0).schema().orElseThrow().isArray()).isTrue();
    }
}
