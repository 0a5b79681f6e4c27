package dev.rampart.core.spec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads an OpenAPI document (2.0, 3.0 or 3.1; JSON or YAML) from a file, stdin or a string, then
 * resolves every {@code $ref}: local pointers, relative files, and remote documents when allowed.
 *
 * <p>Every failure is a {@link SpecLoadException} whose message is one line naming the file and
 * position. Reference chains that loop ({@code A -> B -> A}) are errors; schemas that recurse
 * through their properties are legal OpenAPI and load fine.
 *
 * <p>A loader instance is for one load: it counts nodes over all documents of that spec.
 */
public final class SpecLoader {
    private final LoaderOptions options;

    public SpecLoader(LoaderOptions options) {
        this.options = options;
    }

    public SpecLoader() {
        this(LoaderOptions.defaults());
    }

    /** Loads a spec from a file; relative {@code $ref}s resolve against the file's directory. */
    public Spec load(Path file) throws SpecLoadException {
        String name = file.toString();
        byte[] bytes = readFile(file, name);
        return load(file.toAbsolutePath().normalize().toUri(), name, bytes);
    }

    /** Loads a spec from a stream (stdin); relative {@code $ref}s resolve against the working directory. */
    public Spec load(String displayName, InputStream in) throws SpecLoadException {
        byte[] bytes;
        try {
            bytes = readLimited(in, displayName);
        } catch (IOException e) {
            throw new SpecLoadException(displayName, 0, 0, "cannot read: " + e.getMessage());
        }
        URI base = Path.of("").toAbsolutePath().resolve("stdin").toUri();
        return load(base, displayName, bytes);
    }

    /**
     * Parses any JSON or YAML file (a config, a report) into a node tree with positions, under the
     * same limits as specs, without OpenAPI checks or {@code $ref} resolution.
     */
    public Node loadDocument(Path file) throws SpecLoadException {
        String name = file.toString();
        byte[] bytes = readFile(file, name);
        SourceDocument doc = new SourceDocument(file.toAbsolutePath().toUri(), name, decode(bytes, name));
        doc.root(new DocumentParser(options).parse(doc));
        return doc.root();
    }

    /** Loads a spec from text, as if read from {@code uri}. */
    public Spec loadString(URI uri, String displayName, String text) throws SpecLoadException {
        return load(uri, displayName, text.getBytes(StandardCharsets.UTF_8));
    }

    private Spec load(URI uri, String displayName, byte[] bytes) throws SpecLoadException {
        Session session = new Session();
        SourceDocument root = session.parse(uri, displayName, bytes);
        if (!(root.root() instanceof ObjectNode top)) {
            throw new SpecLoadException(displayName, root.root().line(), root.root().column(),
                    "not an OpenAPI document: the top level is not an object");
        }
        SpecVersion version;
        String versionText;
        if (top.get("openapi") instanceof ScalarNode v) {
            versionText = v.asString();
            if (versionText.startsWith("3.0")) {
                version = SpecVersion.OPENAPI_3_0;
            } else if (versionText.startsWith("3.")) {
                version = SpecVersion.OPENAPI_3_1;
            } else {
                throw new SpecLoadException(displayName, v.line(), v.column(),
                        "unsupported OpenAPI version '" + versionText + "' (supported: 2.0, 3.0, 3.1)");
            }
        } else if (top.get("swagger") instanceof ScalarNode v) {
            versionText = v.asString();
            if (!versionText.startsWith("2.")) {
                throw new SpecLoadException(displayName, v.line(), v.column(),
                        "unsupported Swagger version '" + versionText + "' (supported: 2.0, 3.0, 3.1)");
            }
            version = SpecVersion.SWAGGER_2_0;
        } else {
            throw new SpecLoadException(displayName, top.line(), top.column(),
                    "not an OpenAPI document: no 'openapi' or 'swagger' field at the top level");
        }
        session.resolveAll();
        return new Spec(root, session.documents, session.unresolved, version, versionText);
    }

    private byte[] readFile(Path file, String name) throws SpecLoadException {
        try {
            if (Files.isDirectory(file)) {
                throw new SpecLoadException(name, 0, 0, "is a directory, not a spec file");
            }
            long size = Files.size(file);
            if (size > options.maxDocumentBytes()) {
                throw tooLarge(name, size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return readLimited(in, name);
            }
        } catch (NoSuchFileException e) {
            throw new SpecLoadException(name, 0, 0, "no such file");
        } catch (IOException e) {
            throw new SpecLoadException(name, 0, 0, "cannot read: " + e.getMessage());
        }
    }

    private byte[] readLimited(InputStream in, String name) throws IOException, SpecLoadException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > options.maxDocumentBytes()) {
                throw tooLarge(name, total);
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private SpecLoadException tooLarge(String name, long size) {
        return new SpecLoadException(name, 0, 0, String.format("document is %s%s, over the %s limit (--max-spec-size)",
                size > options.maxDocumentBytes() ? "at least " : "", mb(size), mb(options.maxDocumentBytes())));
    }

    private static String mb(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    static String decode(byte[] bytes, String name) throws SpecLoadException {
        Charset cs = StandardCharsets.UTF_8;
        int offset = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            offset = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            cs = StandardCharsets.UTF_16BE;
            offset = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            cs = StandardCharsets.UTF_16LE;
            offset = 2;
        }
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        String text;
        try {
            text = dec.decode(in).toString();
        } catch (CharacterCodingException e) {
            int at = in.position();
            throw new SpecLoadException(name, lineOfByte(bytes, at), 0,
                    "not a text document: invalid " + cs.name() + " at byte " + at + " (binary file?)");
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < nul; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw new SpecLoadException(name, line, nul - lineStart + 1, "not a text document: NUL character (binary file?)");
        }
        return text;
    }

    private static int lineOfByte(byte[] bytes, int at) {
        int line = 1;
        for (int i = 0; i < Math.min(at, bytes.length); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** State of one load: the documents read so far, the shared node budget, the references left unresolved. */
    private final class Session {
        final DocumentParser parser = new DocumentParser(options);
        final Map<URI, SourceDocument> documents = new LinkedHashMap<>();
        final List<UnresolvedRef> unresolved = new ArrayList<>();
        final Deque<SourceDocument> toScan = new ArrayDeque<>();
        HttpClient http;

        SourceDocument parse(URI uri, String displayName, byte[] bytes) throws SpecLoadException {
            String text = decode(bytes, displayName);
            SourceDocument doc = new SourceDocument(uri, displayName, text);
            doc.root(parser.parse(doc));
            documents.put(withoutFragment(uri), doc);
            toScan.add(doc);
            return doc;
        }

        void resolveAll() throws SpecLoadException {
            while (!toScan.isEmpty()) {
                SourceDocument doc = toScan.poll();
                List<ObjectNode> refs = new ArrayList<>();
                collectRefs(doc.root(), refs);
                for (ObjectNode ref : refs) {
                    resolve(ref, new LinkedHashSet<>());
                }
            }
        }

        private void collectRefs(Node root, List<ObjectNode> out) {
            Deque<Node> stack = new ArrayDeque<>();
            stack.push(root);
            while (!stack.isEmpty()) {
                Node n = stack.pop();
                if (n instanceof ObjectNode o) {
                    if (o.isRef()) {
                        out.add(o);
                    }
                    for (var e : o.entries()) {
                        if (!isData(o, e.getKey())) {
                            stack.push(e.getValue());
                        }
                    }
                } else if (n instanceof ArrayNode a) {
                    for (Node item : a) {
                        stack.push(item);
                    }
                }
            }
        }

        /**
         * Fields whose values are example data or vendor extensions, not spec: a "$ref" inside them is
         * just a field name. ("default" is data in a schema but a Response under "responses".)
         */
        private boolean isData(ObjectNode owner, String key) {
            return switch (key) {
                case "example", "enum", "const", "x-examples" -> true;
                case "default" -> !"responses".equals(owner.key());
                case "value" -> isExampleObject(owner);
                case "examples" -> isSwagger2Root() && owner.has("schema") && owner.has("description");
                default -> key.startsWith("x-");
            };
        }

        private boolean isExampleObject(ObjectNode owner) {
            return owner.parent() != null && "examples".equals(owner.parent().key());
        }

        private boolean isSwagger2Root() {
            return documents.values().iterator().next().root() instanceof ObjectNode r && r.has("swagger");
        }

        /** Follows one reference to its final target, recording it on the node; returns null when unresolvable. */
        private Node resolve(ObjectNode ref, Set<ObjectNode> chain) throws SpecLoadException {
            if (ref.refTarget != null) {
                return ref.refTarget;
            }
            if (!chain.add(ref)) {
                StringBuilder cycle = new StringBuilder();
                for (ObjectNode r : chain) {
                    cycle.append(r.ref()).append(" -> ");
                }
                cycle.append(ref.ref());
                throw new SpecLoadException(ref.document().displayName(), ref.line(), ref.column(),
                        "cyclic $ref: " + cycle + " never reaches a definition");
            }
            String text = ref.ref();
            URI target;
            try {
                target = ref.document().uri().resolve(new URI(null, null, refPath(text), refFragment(text)));
            } catch (URISyntaxException | IllegalArgumentException e) {
                unresolved.add(new UnresolvedRef(ref, false, "malformed reference '" + text + "'"));
                return null;
            }
            URI docUri = withoutFragment(target);
            SourceDocument doc = documents.get(docUri);
            if (doc == null) {
                String scheme = docUri.getScheme() == null ? "" : docUri.getScheme().toLowerCase(java.util.Locale.ROOT);
                if (scheme.equals("http") || scheme.equals("https")) {
                    if (!options.allowRemoteRefs()) {
                        unresolved.add(new UnresolvedRef(ref, true, "remote reference '" + text
                                + "' not fetched (pass --allow-remote-refs to follow it)"));
                        return null;
                    }
                    doc = fetchRemote(docUri, ref);
                } else if (scheme.equals("file") && isPlainFileUri(docUri)) {
                    doc = loadExternal(docUri, ref);
                } else {
                    unresolved.add(new UnresolvedRef(ref, false, "unsupported reference scheme in '" + text + "'"));
                    return null;
                }
            }
            Node node = evaluate(doc.root(), target.getFragment(), chain);
            if (node == null) {
                unresolved.add(new UnresolvedRef(ref, false, "'" + text + "' points to nothing in " + doc.displayName()));
                return null;
            }
            if (node instanceof ObjectNode o && o.isRef()) {
                Node next = resolve(o, chain);
                if (next == null) {
                    unresolved.add(new UnresolvedRef(ref, false, "'" + text + "' leads to a reference that cannot be resolved"));
                    return null;
                }
                node = next;
            }
            ref.refTarget = node;
            return node;
        }

        private String refPath(String ref) {
            int hash = ref.indexOf('#');
            String path = hash < 0 ? ref : ref.substring(0, hash);
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        }

        private String refFragment(String ref) {
            int hash = ref.indexOf('#');
            if (hash < 0) {
                return null;
            }
            return URLDecoder.decode(ref.substring(hash + 1).replace("+", "%2B"), StandardCharsets.UTF_8);
        }

        private SourceDocument loadExternal(URI uri, ObjectNode from) throws SpecLoadException {
            checkDocumentCount(from);
            Path path = Path.of(uri);
            String display = displayNameFor(path, from.document());
            byte[] bytes;
            try {
                bytes = readFile(path, display);
            } catch (SpecLoadException e) {
                throw new SpecLoadException(from.document().displayName(), from.line(), from.column(),
                        "cannot load referenced file " + display + ": " + e.reason());
            }
            return parse(uri, display, bytes);
        }

        private SourceDocument fetchRemote(URI uri, ObjectNode from) throws SpecLoadException {
            checkDocumentCount(from);
            if (http == null) {
                http = HttpClient.newBuilder().connectTimeout(options.remoteTimeout())
                        .followRedirects(HttpClient.Redirect.NORMAL).build();
            }
            try {
                HttpResponse<InputStream> resp = http.send(HttpRequest.newBuilder(uri).timeout(options.remoteTimeout()).GET().build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream in = resp.body()) {
                    if (resp.statusCode() != 200) {
                        throw new IOException("HTTP " + resp.statusCode());
                    }
                    return parse(uri, uri.toString(), readLimited(in, uri.toString()));
                }
            } catch (IOException e) {
                throw new SpecLoadException(from.document().displayName(), from.line(), from.column(),
                        "cannot fetch referenced document " + uri + ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SpecLoadException(from.document().displayName(), from.line(), from.column(), "interrupted");
            }
        }

        private void checkDocumentCount(ObjectNode from) throws SpecLoadException {
            if (documents.size() >= options.maxDocuments()) {
                throw new SpecLoadException(from.document().displayName(), from.line(), from.column(),
                        "spec pulls in more than " + options.maxDocuments() + " documents");
            }
        }

        private String displayNameFor(Path path, SourceDocument from) {
            try {
                Path base = Path.of("").toAbsolutePath();
                Path rel = base.relativize(path);
                return rel.toString().startsWith("..") && rel.getNameCount() > 4 ? path.toString() : rel.toString();
            } catch (IllegalArgumentException e) {
                return path.toString();
            }
        }
        /** Evaluates an RFC 6901 pointer (already percent-decoded); null/empty means the root. */
        private Node evaluate(Node root, String pointer, Set<ObjectNode> chain) throws SpecLoadException {
            if (pointer == null || pointer.isEmpty()) {
                return root;
            }
            if (!pointer.startsWith("/")) {
                return null; // plain-name fragments ($anchor) are not supported
            }
            Node cur = root;
            for (String raw : pointer.substring(1).split("/", -1)) {
                // A pointer may pass through a reference on its way (".../responses/200/content/...").
                if (cur instanceof ObjectNode o && o.isRef()) {
                    cur = resolve(o, chain);
                    if (cur == null) {
                        return null;
                    }
                }
                String token = raw.replace("~1", "/").replace("~0", "~");
                if (cur instanceof ObjectNode o) {
                    cur = o.get(token);
                } else if (cur instanceof ArrayNode a) {
                    try {
                        int i = Integer.parseInt(token);
                        cur = i >= 0 && i < a.size() ? a.get(i) : null;
                    } catch (NumberFormatException e) {
                        cur = null;
                    }
                } else {
                    cur = null;
                }
                if (cur == null) {
                    return null;
                }
            }
            return cur;
        }
    }

    /** A file URI that names a local path (no query, authority or other oddity a user could not have meant). */
    private static boolean isPlainFileUri(URI uri) {
        try {
            Path.of(uri);
            return true;
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return false;
        }
    }

    private static URI withoutFragment(URI uri) {
        try {
            return new URI(uri.getScheme(), uri.getSchemeSpecificPart(), null);
        } catch (URISyntaxException e) {
            return uri;
        }
    }
}
