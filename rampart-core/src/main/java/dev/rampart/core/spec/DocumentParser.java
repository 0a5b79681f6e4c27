package dev.rampart.core.spec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Turns the text of one document into a {@link Node} tree with positions. JSON goes through
 * Jackson's streaming parser (fast on 10 MB specs); YAML through SnakeYAML Engine (YAML 1.2 core
 * schema, so {@code =} or {@code on} stay strings), whose node graph is then copied into ours with
 * aliases expanded under a node budget: that budget, with the alias cap, is what stops alias bombs.
 */
final class DocumentParser {
    /**
     * YAML 1.2 core schema, except that "<<" stays a plain key: SnakeYAML Engine's own merge
     * handling loops forever on a mapping merged into itself ({@code &m {<<: *m}}, found by
     * fuzzing), so merge keys are applied in {@link #convert} instead, with that case guarded.
     */
    private static final org.snakeyaml.engine.v2.schema.Schema CORE_WITHOUT_MERGE = new org.snakeyaml.engine.v2.schema.Schema() {
        private final CoreSchema core = new CoreSchema();

        @Override
        public org.snakeyaml.engine.v2.resolver.ScalarResolver getScalarResolver() {
            return (value, implicit) -> "<<".equals(value) ? Tag.STR : core.getScalarResolver().resolve(value, implicit);
        }

        @Override
        public java.util.Map<Tag, org.snakeyaml.engine.v2.api.ConstructNode> getSchemaTagConstructors() {
            return core.getSchemaTagConstructors();
        }
    };

    private final LoaderOptions options;
    private final JsonFactory jsonFactory;
    /** Nodes created so far over every document of one load, checked against {@link LoaderOptions#maxNodes()}. */
    private long nodeCount;

    DocumentParser(LoaderOptions options) {
        this.options = options;
        this.jsonFactory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(options.maxDepth())
                        .maxStringLength((int) Math.min(Integer.MAX_VALUE, options.maxDocumentBytes()))
                        .maxNumberLength(1000)
                        .build())
                .build();
    }

    Node parse(SourceDocument doc) throws SpecLoadException {
        String text = doc.text();
        if (looksLikeJson(text)) {
            try {
                return parseJson(doc);
            } catch (SpecLoadException e) {
                // A YAML flow mapping also starts with '{'; give YAML a chance for .yaml files.
                if (!isYamlName(doc.displayName())) {
                    throw e;
                }
            }
        }
        return parseYaml(doc);
    }

    private static boolean looksLikeJson(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                return c == '{' || c == '[';
            }
        }
        return false;
    }

    private static boolean isYamlName(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }

    // ---------------------------------------------------------------- JSON

    private Node parseJson(SourceDocument doc) throws SpecLoadException {
        try (JsonParser p = jsonFactory.createParser(doc.text())) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new SpecLoadException(doc.displayName(), 1, 1, "empty document");
            }
            Node root = readJson(p, doc, t, 0, 0, 0);
            JsonToken extra = p.nextToken();
            if (extra != null) {
                JsonLocation loc = p.currentTokenLocation();
                throw new SpecLoadException(doc.displayName(), loc.getLineNr(), loc.getColumnNr(),
                        "unexpected content after the end of the JSON document");
            }
            return root;
        } catch (StreamConstraintsException e) {
            throw new SpecLoadException(doc.displayName(), 0, 0, "document exceeds a parser limit: " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new SpecLoadException(doc.displayName(), loc == null ? 0 : loc.getLineNr(),
                    loc == null ? 0 : loc.getColumnNr(), "invalid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new SpecLoadException(doc.displayName(), 0, 0, "cannot read JSON: " + e.getMessage());
        }
    }

    /**
     * Reads one value. An object or array under a field is placed at its field name ({@code keyLine},
     * {@code keyCol}), which is where a reader looks for "get:" or "properties:"; scalars at themselves.
     */
    private Node readJson(JsonParser p, SourceDocument doc, JsonToken t, int depth, int keyLine, int keyCol)
            throws IOException, SpecLoadException {
        JsonLocation loc = p.currentTokenLocation();
        boolean container = t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY;
        int line = container && keyLine > 0 ? keyLine : loc.getLineNr();
        int col = container && keyLine > 0 ? keyCol : loc.getColumnNr();
        count(doc, line, col, depth);
        switch (t) {
            case START_OBJECT -> {
                ObjectNode o = new ObjectNode(doc, line, col);
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonLocation kl = p.currentTokenLocation();
                    JsonToken vt = p.nextToken();
                    o.put(name, readJson(p, doc, vt, depth + 1, kl.getLineNr(), kl.getColumnNr()));
                }
                o.trim();
                return o;
            }
            case START_ARRAY -> {
                ArrayNode a = new ArrayNode(doc, line, col);
                JsonToken it;
                while ((it = p.nextToken()) != JsonToken.END_ARRAY) {
                    a.add(readJson(p, doc, it, depth + 1, 0, 0));
                }
                a.trim();
                return a;
            }
            case VALUE_STRING -> {
                return new ScalarNode(doc, line, col, p.getText());
            }
            case VALUE_NUMBER_INT -> {
                Object v = switch (p.getNumberType()) {
                    case INT, LONG -> p.getLongValue();
                    default -> p.getBigIntegerValue();
                };
                return new ScalarNode(doc, line, col, v);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new ScalarNode(doc, line, col, p.getDoubleValue());
            }
            case VALUE_TRUE -> {
                return new ScalarNode(doc, line, col, Boolean.TRUE);
            }
            case VALUE_FALSE -> {
                return new ScalarNode(doc, line, col, Boolean.FALSE);
            }
            case VALUE_NULL -> {
                return new ScalarNode(doc, line, col, null);
            }
            default -> throw new SpecLoadException(doc.displayName(), line, col, "unexpected JSON token " + t);
        }
    }

    // ---------------------------------------------------------------- YAML

    private Node parseYaml(SourceDocument doc) throws SpecLoadException {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(doc.displayName())
                .setSchema(CORE_WITHOUT_MERGE)
                .setAllowDuplicateKeys(true)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(options.maxYamlAliases())
                .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, options.maxDocumentBytes()))
                .setUseMarks(true)
                .build();
        Optional<org.snakeyaml.engine.v2.nodes.Node> composed;
        try {
            composed = new Compose(settings).composeString(doc.text());
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            String context = e.getContext() != null ? e.getContext() + ": " : "";
            throw new SpecLoadException(doc.displayName(), mark.map(m -> m.getLine() + 1).orElse(0),
                    mark.map(m -> m.getColumn() + 1).orElse(0), "invalid YAML: " + context + problem);
        } catch (YamlEngineException e) {
            String msg = e.getMessage() == null ? "" : e.getMessage();
            if (msg.contains("aliases")) {
                msg = "YAML uses more than " + options.maxYamlAliases()
                        + " aliases to collections (an alias bomb?)";
            }
            throw new SpecLoadException(doc.displayName(), 0, 0, "invalid YAML: " + msg);
        } catch (StackOverflowError e) {
            throw new SpecLoadException(doc.displayName(), 0, 0, "YAML nested too deeply");
        }
        if (composed.isEmpty()) {
            throw new SpecLoadException(doc.displayName(), 1, 1, "empty document");
        }
        return convert(doc, composed.get(), 0, null);
    }

    /** Copies one YAML node; collections under a key are placed at the key, as in {@link #readJson}. */
    private Node convert(SourceDocument doc, org.snakeyaml.engine.v2.nodes.Node y, int depth,
            org.snakeyaml.engine.v2.nodes.Node keyNode) throws SpecLoadException {
        org.snakeyaml.engine.v2.nodes.Node at = keyNode != null && !(y instanceof org.snakeyaml.engine.v2.nodes.ScalarNode) ? keyNode : y;
        int line = at.getStartMark().map(m -> m.getLine() + 1).orElse(0);
        int col = at.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
        count(doc, line, col, depth);
        if (y instanceof MappingNode m) {
            ObjectNode o = new ObjectNode(doc, line, col);
            List<NodeTuple> merges = new java.util.ArrayList<>();
            for (NodeTuple t : m.getValue()) {
                if (!(t.getKeyNode() instanceof org.snakeyaml.engine.v2.nodes.ScalarNode k)) {
                    int kl = t.getKeyNode().getStartMark().map(mk -> mk.getLine() + 1).orElse(line);
                    throw new SpecLoadException(doc.displayName(), kl, 0, "a mapping key must be a plain value, not a collection");
                }
                if ("<<".equals(k.getValue()) && k.isPlain()) {
                    merges.add(t);
                    continue;
                }
                o.put(k.getValue(), convert(doc, t.getValueNode(), depth + 1, k));
            }
            // YAML 1.1 merge keys ("<<: *base"): still common in hand-written specs. Explicit keys win.
            for (NodeTuple t : merges) {
                org.snakeyaml.engine.v2.nodes.Node v = t.getValueNode();
                List<org.snakeyaml.engine.v2.nodes.Node> sources = v instanceof SequenceNode s ? s.getValue() : List.of(v);
                for (org.snakeyaml.engine.v2.nodes.Node src : sources) {
                    // A mapping merged into itself (&m {<<: *m}) adds nothing; nested merges are not expanded.
                    if (src instanceof MappingNode sm && src != m) {
                        for (NodeTuple st : sm.getValue()) {
                            if (st.getKeyNode() instanceof org.snakeyaml.engine.v2.nodes.ScalarNode sk && !o.has(sk.getValue())
                                    && !"<<".equals(sk.getValue())) {
                                o.put(sk.getValue(), convert(doc, st.getValueNode(), depth + 1, t.getKeyNode()));
                            }
                        }
                    }
                }
            }
            o.trim();
            return o;
        }
        if (y instanceof SequenceNode s) {
            ArrayNode a = new ArrayNode(doc, line, col);
            for (org.snakeyaml.engine.v2.nodes.Node item : s.getValue()) {
                a.add(convert(doc, item, depth + 1, null));
            }
            a.trim();
            return a;
        }
        org.snakeyaml.engine.v2.nodes.ScalarNode sc = (org.snakeyaml.engine.v2.nodes.ScalarNode) y;
        return new ScalarNode(doc, line, col, scalarValue(sc));
    }

    private static Object scalarValue(org.snakeyaml.engine.v2.nodes.ScalarNode sc) {
        String v = sc.getValue();
        Tag tag = sc.getTag();
        if (!sc.isPlain() || Tag.STR.equals(tag)) {
            return v;
        }
        try {
            if (Tag.NULL.equals(tag)) {
                return null;
            }
            if (Tag.BOOL.equals(tag)) {
                return Boolean.valueOf(v.toLowerCase(java.util.Locale.ROOT));
            }
            if (Tag.INT.equals(tag)) {
                String s = v.startsWith("+") ? v.substring(1) : v;
                BigInteger bi;
                if (s.startsWith("0x")) {
                    bi = new BigInteger(s.substring(2), 16);
                } else if (s.startsWith("0o")) {
                    bi = new BigInteger(s.substring(2), 8);
                } else {
                    bi = new BigInteger(s);
                }
                return bi.bitLength() < 64 ? (Object) bi.longValue() : bi;
            }
            if (Tag.FLOAT.equals(tag)) {
                String s = v.toLowerCase(java.util.Locale.ROOT);
                if (s.endsWith(".inf")) {
                    return s.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
                }
                if (s.equals(".nan")) {
                    return Double.NaN;
                }
                return Double.valueOf(v);
            }
        } catch (NumberFormatException e) {
            return v;
        }
        return v;
    }

    private void count(SourceDocument doc, int line, int col, int depth) throws SpecLoadException {
        if (++nodeCount > options.maxNodes()) {
            throw new SpecLoadException(doc.displayName(), line, col, "document expands to more than "
                    + options.maxNodes() + " nodes (a YAML alias bomb, or far larger than any real spec)");
        }
        if (depth > options.maxDepth()) {
            throw new SpecLoadException(doc.displayName(), line, col, "document nested deeper than "
                    + options.maxDepth() + " levels (or a recursive YAML alias)");
        }
    }
}
