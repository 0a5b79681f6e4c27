package dev.rampart.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * "Rampart Bank": a deliberately vulnerable shop-and-bank API on loopback. In vulnerable mode every flaw
 * listed in {@code vulnerabilities.json} is live; with {@code secure = true} every one of them is fixed
 * behind the same routes, spec and seed data.
 */
public final class DemoApi implements AutoCloseable {

  /** The weak HS256 secret used in vulnerable mode; it is on every common JWT-secret wordlist. */
  static final String WEAK_JWT_SECRET = "secret";
  /** Outbound hosts the secure mode may fetch from by default (https only); none is reachable offline. */
  static final Set<String> DEFAULT_OUTBOUND_ALLOWLIST =
      Set.of("images.rampart-bank.example", "hooks.rampart-bank.example", "fx.rampart-bank.example");
  /** Origins the secure mode grants CORS to. */
  static final Set<String> ALLOWED_ORIGINS = Set.of("https://bank.rampart.example");
  static final int MAX_LIMIT = 100;
  static final int MAX_IMPORT_BYTES = 64 * 1024;
  static final int MAX_LOGIN_FAILURES = 5;
  static final int MAX_SIGNUPS_PER_CLIENT = 5;
  static final int MAX_SEARCHES_PER_WINDOW = 10;
  static final long SEARCH_WINDOW_MS = 10_000;
  static final int SLEEP_SECONDS_CAP = 2;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicInteger INSTANCES = new AtomicInteger();
  private static final SecureRandom RANDOM = new SecureRandom();

  private static final List<DemoUser> SEED_USERS = List.of(
      new DemoUser("alice", "Alice#2024", "user", "rk_alice_7f3a9c2e41d84b6f"),
      new DemoUser("bob", "Bob#2024", "user", "rk_bob_2b8e5d1c9a7f4e30"),
      new DemoUser("admin", "Admin#2024", "admin", "rk_admin_c4d9e8f1a2b3c5d6"));

  private final boolean secure;
  private final HttpServer server;
  private final ExecutorService executor;
  private final Connection db;
  private final byte[] jwtSecret;
  private final Set<String> outboundAllowlist;
  private final HttpClient http;
  private final List<String> accessLog = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, Integer> loginFailures = new ConcurrentHashMap<>();
  private final Map<String, Integer> signupsPerClient = new ConcurrentHashMap<>();
  private final Map<String, List<Long>> searchTimes = new ConcurrentHashMap<>();
  private volatile String fxRateUrl = "https://fx.rampart-bank.example/latest";

  private DemoApi(boolean secure, int port, Set<String> extraAllowlist) throws IOException {
    this.secure = secure;
    this.jwtSecret = secure ? randomBytes(32) : WEAK_JWT_SECRET.getBytes(StandardCharsets.UTF_8);
    this.outboundAllowlist = extraAllowlist == null ? Set.of() : Set.copyOf(extraAllowlist);
    this.http = HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(2))
        .followRedirects(secure ? HttpClient.Redirect.NEVER : HttpClient.Redirect.NORMAL)
        .build();
    try {
      this.db = DriverManager.getConnection(
          "jdbc:h2:mem:rampart_bank_" + INSTANCES.incrementAndGet() + "_" + UUID.randomUUID().toString().substring(0, 8)
              + ";DB_CLOSE_DELAY=-1", "sa", "");
      seed();
    } catch (SQLException e) {
      throw new IOException("cannot create the demo database", e);
    }
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
    this.executor = Executors.newFixedThreadPool(8, r -> {
      Thread t = new Thread(r, "rampart-demo-http");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Starts the demo on 127.0.0.1; {@code port} 0 picks an ephemeral port. */
  public static DemoApi start(boolean secure, int port) throws IOException {
    return new DemoApi(secure, port, Set.of());
  }

  /**
   * Starts the demo with extra outbound allowlist entries ({@code host:port}, any scheme) for the secure
   * mode, e.g. a loopback test server standing in for the exchange-rate service. Vulnerable mode fetches
   * anything anyway.
   */
  public static DemoApi start(boolean secure, int port, Set<String> outboundAllowlist) throws IOException {
    return new DemoApi(secure, port, outboundAllowlist);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + port());
  }

  public boolean secure() {
    return secure;
  }

  public List<DemoUser> users() {
    return SEED_USERS;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    try (Statement st = db.createStatement()) {
      st.execute("SHUTDOWN");
    } catch (SQLException ignored) {
      // already closed
    }
    try {
      db.close();
    } catch (SQLException ignored) {
      // already closed
    }
  }

  /** The bundled OpenAPI 3.0 document (YAML). */
  public static String openApiYaml() {
    return resource("openapi.yaml");
  }

  /** The bundled manifest of planted flaws (JSON). */
  public static String vulnerabilitiesJson() {
    return resource("vulnerabilities.json");
  }

  private static String resource(String name) {
    try (InputStream in = DemoApi.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Called from SQL as DEMO_SLEEP(seconds); capped so blind time-based tests stay fast. */
  public static int sleep(int seconds) {
    try {
      Thread.sleep(Math.max(0, Math.min(seconds, SLEEP_SECONDS_CAP)) * 1000L);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return seconds;
  }

  // ---------------------------------------------------------------- database

  private void seed() throws SQLException {
    try (Statement st = db.createStatement()) {
      st.execute("CREATE ALIAS DEMO_SLEEP FOR \"dev.rampart.demo.DemoApi.sleep\"");
      st.execute("CREATE TABLE users(id INT AUTO_INCREMENT PRIMARY KEY, username VARCHAR(64) UNIQUE NOT NULL,"
          + " password_hash VARCHAR(200) NOT NULL, email VARCHAR(200), full_name VARCHAR(200),"
          + " role VARCHAR(16) NOT NULL, api_key VARCHAR(64), card_number VARCHAR(32))");
      st.execute("ALTER TABLE users ALTER COLUMN id RESTART WITH 1");
      st.execute("CREATE TABLE accounts(id INT AUTO_INCREMENT PRIMARY KEY, owner_id INT NOT NULL,"
          + " balance DECIMAL(18,2) NOT NULL, currency VARCHAR(3) NOT NULL)");
      st.execute("ALTER TABLE accounts ALTER COLUMN id RESTART WITH 1001");
      st.execute("CREATE TABLE transfers(id INT AUTO_INCREMENT PRIMARY KEY, from_account INT, to_account INT,"
          + " amount DECIMAL(18,2))");
      st.execute("CREATE TABLE products(id INT PRIMARY KEY, name VARCHAR(100), price DECIMAL(18,2),"
          + " description VARCHAR(400), image_url VARCHAR(400))");
      st.execute("CREATE TABLE orders(id VARCHAR(36) PRIMARY KEY, user_id INT, product_id INT, quantity INT,"
          + " total DECIMAL(18,2), status VARCHAR(16), shipping_address VARCHAR(200))");
      st.execute("CREATE TABLE coupons(code VARCHAR(32) PRIMARY KEY, amount DECIMAL(18,2))");
      st.execute("CREATE TABLE coupon_redemptions(code VARCHAR(32), user_id INT, PRIMARY KEY(code, user_id))");
      st.execute("CREATE TABLE webhooks(id INT AUTO_INCREMENT PRIMARY KEY, user_id INT, url VARCHAR(400))");
      st.execute("INSERT INTO products VALUES (1,'Savings jar',12.50,'A glass jar for coins',NULL),"
          + "(2,'Card holder',25.00,'Leather card holder',NULL),(3,'Gold coin',1500.00,'One ounce',NULL),"
          + "(4,'Piggy bank',19.99,'Ceramic pig',NULL),(5,'Wallet',45.00,'Slim wallet',NULL)");
      st.execute("INSERT INTO coupons VALUES ('WELCOME50', 50.00)");
    }
    String[] emails = {"alice@rampart-bank.example", "bob@rampart-bank.example", "admin@rampart-bank.example"};
    String[] names = {"Alice Anders", "Bob Brown", "Ada Admin"};
    String[] cards = {"4111111111111111", "5500000000000004", "340000000000009"};
    BigDecimal[] balances = {new BigDecimal("1000.00"), new BigDecimal("500.00"), new BigDecimal("10000.00")};
    for (int i = 0; i < SEED_USERS.size(); i++) {
      DemoUser u = SEED_USERS.get(i);
      int id = insertUser(u.username(), u.password(), emails[i], names[i], u.role(), u.apiKey(), cards[i]);
      update("INSERT INTO accounts(owner_id, balance, currency) VALUES (?,?,?)", id, balances[i], "USD");
    }
    // Fixed order ids (UUIDs) so tests and docs can name them.
    update("INSERT INTO orders VALUES (?,?,?,?,?,?,?)", ALICE_ORDER, 1, 1, 2, new BigDecimal("25.00"), "shipped",
        "1 Alice Street, Springfield");
    update("INSERT INTO orders VALUES (?,?,?,?,?,?,?)", BOB_ORDER, 2, 3, 1, new BigDecimal("1500.00"), "paid",
        "2 Bob Road, Shelbyville");
  }

  static final String ALICE_ORDER = "7d3f1a52-0c8e-4b1e-9a55-3f2b6c1d9e01";
  static final String BOB_ORDER = "b2a9e4c1-5d6f-4e7a-8b9c-0d1e2f3a4b5c";

  private int insertUser(String username, String password, String email, String fullName, String role,
      String apiKey, String card) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement(
        "INSERT INTO users(username, password_hash, email, full_name, role, api_key, card_number)"
            + " VALUES (?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, username);
      ps.setString(2, hashPassword(password));
      ps.setString(3, email);
      ps.setString(4, fullName);
      ps.setString(5, role);
      ps.setString(6, apiKey);
      ps.setString(7, card);
      ps.executeUpdate();
      try (ResultSet rs = ps.getGeneratedKeys()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private synchronized int update(String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      return ps.executeUpdate();
    }
  }

  private List<Map<String, Object>> query(String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        return rows(rs);
      }
    }
  }

  /** Runs a query built by string concatenation: the injectable path of vulnerable mode. */
  private List<Map<String, Object>> rawQuery(String sql) throws SQLException {
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      return rows(rs);
    }
  }

  private static List<Map<String, Object>> rows(ResultSet rs) throws SQLException {
    List<Map<String, Object>> out = new ArrayList<>();
    int n = rs.getMetaData().getColumnCount();
    while (rs.next()) {
      Map<String, Object> row = new LinkedHashMap<>();
      for (int i = 1; i <= n; i++) {
        String label = rs.getMetaData().getColumnLabel(i);
        // Unquoted SQL names come back upper-case; quoted camelCase aliases are kept as written.
        row.put(label.equals(label.toUpperCase(Locale.ROOT)) ? label.toLowerCase(Locale.ROOT) : label, rs.getObject(i));
      }
      out.add(row);
    }
    return out;
  }

  private Map<String, Object> one(String sql, Object... args) throws SQLException {
    List<Map<String, Object>> r = query(sql, args);
    return r.isEmpty() ? null : r.get(0);
  }

  // ---------------------------------------------------------------- crypto

  static String hashPassword(String password) {
    byte[] salt = randomBytes(8);
    return "pbkdf2$1000$" + b64(salt) + "$" + b64(pbkdf2(password, salt, 1000));
  }

  static boolean checkPassword(String password, String stored) {
    String[] p = stored.split("\\$");
    byte[] salt = Base64.getUrlDecoder().decode(p[2]);
    byte[] want = Base64.getUrlDecoder().decode(p[3]);
    return MessageDigest.isEqual(want, pbkdf2(password, salt, Integer.parseInt(p[1])));
  }

  private static byte[] pbkdf2(String password, byte[] salt, int iterations) {
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
          .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256)).getEncoded();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] randomBytes(int n) {
    byte[] b = new byte[n];
    RANDOM.nextBytes(b);
    return b;
  }

  private static String b64(byte[] b) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  static String hs256(byte[] key, String signingInput) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return b64(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  String issueToken(int userId, String role) throws IOException {
    return issueToken(userId, role, System.currentTimeMillis() / 1000 + 900);
  }

  /** Signs a token with this instance's key and the given expiry (epoch seconds); tests use it for expired tokens. */
  String issueToken(int userId, String role, long expEpochSeconds) throws IOException {
    long now = System.currentTimeMillis() / 1000;
    String header = b64(JSON.writeValueAsBytes(Map.of("alg", "HS256", "typ", "JWT")));
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("sub", String.valueOf(userId));
    claims.put("role", role);
    claims.put("iat", now);
    claims.put("exp", expEpochSeconds);
    String payload = b64(JSON.writeValueAsBytes(claims));
    return header + "." + payload + "." + hs256(jwtSecret, header + "." + payload);
  }

  /** Returns the subject user id of a valid token, or null. */
  @SuppressWarnings("unchecked")
  private Integer verifyToken(String token) {
    try {
      String[] parts = token.split("\\.", -1);
      if (parts.length != 3) {
        return null;
      }
      Map<String, Object> header = JSON.readValue(Base64.getUrlDecoder().decode(parts[0]), Map.class);
      Map<String, Object> claims = JSON.readValue(Base64.getUrlDecoder().decode(parts[1]), Map.class);
      String alg = String.valueOf(header.get("alg"));
      if (secure) {
        if (!"HS256".equals(alg)) {
          return null;
        }
      } else if ("none".equalsIgnoreCase(alg)) {
        return Integer.valueOf(String.valueOf(claims.get("sub"))); // FLAW API2-01: unsigned tokens accepted
      }
      String expected = hs256(jwtSecret, parts[0] + "." + parts[1]);
      if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
          parts[2].getBytes(StandardCharsets.US_ASCII))) {
        return null;
      }
      if (secure) { // FLAW API2-03 in vulnerable mode: exp is never checked
        Object exp = claims.get("exp");
        if (!(exp instanceof Number) || ((Number) exp).longValue() < System.currentTimeMillis() / 1000) {
          return null;
        }
      }
      return Integer.valueOf(String.valueOf(claims.get("sub")));
    } catch (RuntimeException | IOException e) {
      return null;
    }
  }

  // ---------------------------------------------------------------- HTTP plumbing

  static final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;

    ApiError(int status, String message) {
      super(message);
      this.status = status;
    }
  }

  private static final class Req {
    final HttpExchange ex;
    final String method;
    final String path;
    final Map<String, String> query;
    final String[] seg;

    Req(HttpExchange ex) {
      this.ex = ex;
      this.method = ex.getRequestMethod().toUpperCase(Locale.ROOT);
      this.path = ex.getRequestURI().getPath();
      this.query = parseQuery(ex.getRequestURI().getRawQuery());
      String p = path.startsWith("/") ? path.substring(1) : path;
      this.seg = p.isEmpty() ? new String[0] : p.split("/");
    }

    String header(String name) {
      return ex.getRequestHeaders().getFirst(name);
    }
  }

  private static Map<String, String> parseQuery(String raw) {
    Map<String, String> q = new HashMap<>();
    if (raw == null || raw.isEmpty()) {
      return q;
    }
    for (String pair : raw.split("&")) {
      int i = pair.indexOf('=');
      String k = URLDecoder.decode(i < 0 ? pair : pair.substring(0, i), StandardCharsets.UTF_8);
      String v = i < 0 ? "" : URLDecoder.decode(pair.substring(i + 1), StandardCharsets.UTF_8);
      q.putIfAbsent(k, v);
    }
    return q;
  }

  private void handle(HttpExchange ex) throws IOException {
    Req r = new Req(ex);
    // FLAW API2-05: the full request URI, query-string API keys included, goes to the access log.
    accessLog.add(r.method + " " + (secure ? r.path : ex.getRequestURI().toString()));
    try {
      corsAndHeaders(r);
      if ("OPTIONS".equals(r.method)) {
        send(ex, 204, null);
        return;
      }
      if ("TRACE".equals(r.method)) {
        if (secure) {
          throw new ApiError(405, "method not allowed");
        }
        // FLAW API8-04: TRACE echoes the request, headers (Authorization, cookies) included.
        StringBuilder sb = new StringBuilder("TRACE " + ex.getRequestURI() + " HTTP/1.1\r\n");
        ex.getRequestHeaders().forEach((k, vs) -> vs.forEach(v -> sb.append(k).append(": ").append(v).append("\r\n")));
        byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "message/http");
        ex.sendResponseHeaders(200, b.length);
        ex.getResponseBody().write(b);
        ex.close();
        return;
      }
      Object body = route(r);
      if (body instanceof Created) {
        send(ex, 201, ((Created) body).body);
      } else if (body == null) {
        send(ex, 204, null);
      } else {
        send(ex, 200, body);
      }
    } catch (ApiError e) {
      send(ex, e.status, Map.of("error", e.getMessage()));
    } catch (Exception e) {
      if (secure) {
        send(ex, 500, Map.of("error", "internal error"));
      } else {
        // FLAW API8-02: exception messages (SQL included) and stack traces go to the client.
        StringWriter sw = new StringWriter();
        e.printStackTrace(new PrintWriter(sw));
        Map<String, Object> err = new LinkedHashMap<>();
        err.put("error", e.getClass().getName() + ": " + e.getMessage());
        err.put("trace", sw.toString());
        send(ex, 500, err);
      }
    }
  }

  private record Created(Object body) {
  }

  private void corsAndHeaders(Req r) {
    var h = r.ex.getResponseHeaders();
    String origin = r.header("Origin");
    if (origin != null && (!secure || ALLOWED_ORIGINS.contains(origin))) {
      // FLAW API8-01 (vulnerable): any origin is reflected, with credentials.
      h.set("Access-Control-Allow-Origin", origin);
      h.set("Access-Control-Allow-Credentials", "true");
      h.set("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE, OPTIONS");
      h.set("Access-Control-Allow-Headers", "Authorization, Content-Type, X-API-Key");
      h.set("Vary", "Origin");
    }
    if (secure) { // FLAW API8-03 in vulnerable mode: none of these headers
      h.set("X-Content-Type-Options", "nosniff");
      h.set("X-Frame-Options", "DENY");
      h.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
      h.set("Cache-Control", "no-store");
      h.set("Strict-Transport-Security", "max-age=31536000");
      h.set("Referrer-Policy", "no-referrer");
    }
  }

  private static void send(HttpExchange ex, int status, Object body) throws IOException {
    if (body == null) {
      ex.sendResponseHeaders(status, -1);
      ex.close();
      return;
    }
    byte[] b = JSON.writeValueAsBytes(body);
    ex.getResponseHeaders().set("Content-Type", "application/json");
    ex.sendResponseHeaders(status, b.length);
    ex.getResponseBody().write(b);
    ex.close();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> jsonBody(Req r) throws IOException {
    byte[] b = r.ex.getRequestBody().readNBytes(1024 * 1024);
    if (b.length == 0) {
      return new HashMap<>();
    }
    try {
      Object o = JSON.readValue(b, Object.class);
      if (o instanceof Map) {
        return (Map<String, Object>) o;
      }
    } catch (IOException e) {
      throw new ApiError(400, "malformed JSON");
    }
    throw new ApiError(400, "expected a JSON object");
  }

  private static String str(Map<String, Object> m, String k) {
    Object v = m.get(k);
    if (v == null) {
      throw new ApiError(400, "missing field " + k);
    }
    return String.valueOf(v);
  }

  private static BigDecimal dec(Object v) {
    if (v == null) {
      throw new ApiError(400, "missing number");
    }
    try {
      return new BigDecimal(String.valueOf(v));
    } catch (NumberFormatException e) {
      throw new ApiError(400, "not a number: " + v);
    }
  }

  private static int intOf(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new ApiError(404, "not found");
    }
  }

  private String client(Req r) {
    return r.ex.getRemoteAddress().getAddress().getHostAddress();
  }

  private record Principal(int id, String username, String role) {
    boolean admin() {
      return "admin".equals(role);
    }
  }

  private Principal auth(Req r) throws SQLException {
    Principal p = optionalAuth(r);
    if (p == null) {
      throw new ApiError(401, "authentication required");
    }
    return p;
  }

  private Principal optionalAuth(Req r) throws SQLException {
    String authz = r.header("Authorization");
    Integer id = null;
    if (authz != null && authz.regionMatches(true, 0, "Bearer ", 0, 7)) {
      id = verifyToken(authz.substring(7).trim());
    } else {
      String key = r.header("X-API-Key");
      if (key == null && !secure) {
        key = r.query.get("api_key"); // FLAW API2-05: API key accepted in the query string
      }
      if (key != null) {
        Map<String, Object> u = one("SELECT id FROM users WHERE api_key = ?", key);
        id = u == null ? null : ((Number) u.get("id")).intValue();
      }
    }
    if (id == null) {
      return null;
    }
    Map<String, Object> u = one("SELECT id, username, role FROM users WHERE id = ?", id);
    if (u == null) {
      return null;
    }
    return new Principal(id, (String) u.get("username"), (String) u.get("role"));
  }

  private static void requireAdmin(Principal p, boolean secure) {
    if (secure && !p.admin()) { // FLAW API5-0x in vulnerable mode: any authenticated user passes
      throw new ApiError(403, "admin role required");
    }
  }

  private int limit(Req r) {
    String l = r.query.get("limit");
    int limit = l == null ? 20 : intOrBad(l);
    if (limit < 1) {
      throw new ApiError(400, "limit must be positive");
    }
    if (secure && limit > MAX_LIMIT) { // FLAW API4-01 in vulnerable mode: no upper bound
      throw new ApiError(400, "limit must be at most " + MAX_LIMIT);
    }
    return limit;
  }

  private static int intOrBad(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new ApiError(400, "not an integer: " + s);
    }
  }

  // ---------------------------------------------------------------- routes

  private Object route(Req r) throws Exception {
    String[] s = r.seg;
    String m = r.method;
    if (s.length == 1 && s[0].equals("openapi.json") && m.equals("GET")) {
      return openApiAsJsonTree();
    }
    if (s.length >= 1 && s[0].equals("debug")) {
      return debug(r);
    }
    if (s.length == 3 && s[0].equals("v1") && s[1].equals("users") && m.equals("GET")) {
      return v1User(r, s[2]);
    }
    if (s.length < 2 || !s[0].equals("api")) {
      throw new ApiError(404, "not found");
    }
    String res = s[1];
    switch (res) {
      case "auth":
        if (s.length == 3 && s[2].equals("signup") && m.equals("POST")) {
          return signup(r);
        }
        if (s.length == 3 && s[2].equals("login") && m.equals("POST")) {
          return login(r);
        }
        break;
      case "users":
        if (s.length == 3 && s[2].equals("me") && m.equals("GET")) {
          return userView(auth(r), auth(r).id());
        }
        if (s.length == 3 && s[2].equals("lookup") && m.equals("GET")) {
          return lookup(r);
        }
        if (s.length == 3) {
          int id = intOf(s[2]);
          switch (m) {
            case "GET": return getUser(r, id);
            case "PUT": return updateUser(r, id);
            case "DELETE": return deleteUserViaUserPath(r, id);
            default: throw new ApiError(405, "method not allowed");
          }
        }
        break;
      case "accounts":
        if (s.length == 2 && m.equals("GET")) {
          return query("SELECT id, owner_id AS \"ownerId\", balance, currency FROM accounts WHERE owner_id = ?",
              auth(r).id());
        }
        if (s.length == 3 && m.equals("GET")) {
          return getAccount(r, intOf(s[2]));
        }
        break;
      case "transfers":
        if (s.length == 2 && m.equals("POST")) {
          return transfer(r);
        }
        break;
      case "products":
        if (s.length == 2 && m.equals("GET")) {
          int limit = limit(r);
          return query("SELECT id, name, price, description FROM products ORDER BY id LIMIT ?", limit);
        }
        if (s.length == 3 && s[2].equals("search") && m.equals("GET")) {
          return search(r);
        }
        if (s.length == 4 && s[3].equals("image") && m.equals("POST")) {
          return productImage(r, intOf(s[2]));
        }
        break;
      case "orders":
        if (s.length == 2 && m.equals("GET")) {
          Principal p = auth(r);
          return query("SELECT id, product_id AS \"productId\", quantity, total, status FROM orders"
              + " WHERE user_id = ? ORDER BY id LIMIT ?", p.id(), limit(r));
        }
        if (s.length == 2 && m.equals("POST")) {
          return createOrder(r);
        }
        if (s.length == 3 && m.equals("GET")) {
          return getOrder(r, s[2]);
        }
        break;
      case "coupons":
        if (s.length == 3 && s[2].equals("redeem") && m.equals("POST")) {
          return redeem(r);
        }
        break;
      case "webhooks":
        if (s.length == 2 && m.equals("POST")) {
          return webhook(r);
        }
        break;
      case "import":
        if (s.length == 2 && m.equals("POST")) {
          return importCsv(r);
        }
        break;
      case "fx":
        if (s.length == 3 && s[2].equals("convert") && m.equals("GET")) {
          return fxConvert(r);
        }
        break;
      case "admin":
        return admin(r);
      default:
        break;
    }
    throw new ApiError(404, "not found");
  }

  private static volatile Object openApiTree;

  private static Object openApiAsJsonTree() {
    Object t = openApiTree;
    if (t == null) {
      t = new Load(LoadSettings.builder().build()).loadFromString(openApiYaml());
      openApiTree = t;
    }
    return t;
  }

  private Object signup(Req r) throws Exception {
    Map<String, Object> b = jsonBody(r);
    String username = str(b, "username");
    String password = str(b, "password");
    String email = str(b, "email");
    if (!username.matches("[a-z0-9_]{3,32}") || password.length() < 8) {
      throw new ApiError(400, "username must be 3-32 of [a-z0-9_], password at least 8 characters");
    }
    if (secure) { // FLAW API6-02 in vulnerable mode: unlimited automated sign-ups, each with a bonus
      int n = signupsPerClient.merge(client(r), 1, Integer::sum);
      if (n > MAX_SIGNUPS_PER_CLIENT) {
        throw new ApiError(429, "too many sign-ups from this client");
      }
    }
    if (one("SELECT id FROM users WHERE username = ?", username) != null) {
      throw new ApiError(409, "username taken");
    }
    int id;
    synchronized (this) {
      id = insertUser(username, password, email, null, "user", "rk_" + username + "_" + b64(randomBytes(8)), null);
      update("INSERT INTO accounts(owner_id, balance, currency) VALUES (?,?,?)", id, new BigDecimal("50.00"), "USD");
    }
    Map<String, Object> acc = one("SELECT id FROM accounts WHERE owner_id = ?", id);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", id);
    out.put("username", username);
    out.put("accountId", acc.get("id"));
    out.put("signupBonus", 50);
    return new Created(out);
  }

  private Object login(Req r) throws Exception {
    Map<String, Object> b = jsonBody(r);
    String username = str(b, "username");
    String password = str(b, "password");
    if (secure && loginFailures.getOrDefault(username, 0) >= MAX_LOGIN_FAILURES) {
      throw new ApiError(429, "account temporarily locked");
    }
    Map<String, Object> u = one("SELECT id, role, password_hash FROM users WHERE username = ?", username);
    if (u == null || !checkPassword(password, (String) u.get("password_hash"))) {
      if (secure) { // FLAW API2-04 in vulnerable mode: no lockout or throttling
        loginFailures.merge(username, 1, Integer::sum);
      }
      throw new ApiError(401, "invalid credentials");
    }
    loginFailures.remove(username);
    int id = ((Number) u.get("id")).intValue();
    return Map.of("token", issueToken(id, (String) u.get("role")), "tokenType", "Bearer", "expiresIn", 900);
  }

  private Map<String, Object> userView(Principal viewer, int id) throws SQLException {
    Map<String, Object> u = one("SELECT id, username, email, full_name, role, password_hash, api_key, card_number"
        + " FROM users WHERE id = ?", id);
    if (u == null) {
      throw new ApiError(404, "not found");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", u.get("id"));
    out.put("username", u.get("username"));
    out.put("email", u.get("email"));
    out.put("fullName", u.get("full_name"));
    out.put("role", u.get("role"));
    String card = (String) u.get("card_number");
    if (secure) {
      out.put("cardNumber", card == null ? null : "**** " + card.substring(card.length() - 4));
    } else { // FLAW API3-02: password hash, API key and full card number in the response
      out.put("cardNumber", card);
      out.put("passwordHash", u.get("password_hash"));
      out.put("apiKey", u.get("api_key"));
    }
    return out;
  }

  private Object getUser(Req r, int id) throws SQLException {
    Principal p = auth(r);
    if (secure && p.id() != id && !p.admin()) { // FLAW API1-05 in vulnerable mode
      throw new ApiError(404, "not found");
    }
    return userView(p, id);
  }

  private Object updateUser(Req r, int id) throws Exception {
    Principal p = auth(r);
    if (secure && p.id() != id) { // FLAW API1-04 in vulnerable mode
      throw new ApiError(404, "not found");
    }
    if (one("SELECT id FROM users WHERE id = ?", id) == null) {
      throw new ApiError(404, "not found");
    }
    Map<String, Object> b = jsonBody(r);
    if (b.containsKey("email")) {
      update("UPDATE users SET email = ? WHERE id = ?", String.valueOf(b.get("email")), id);
    }
    if (b.containsKey("fullName")) {
      update("UPDATE users SET full_name = ? WHERE id = ?", String.valueOf(b.get("fullName")), id);
    }
    if (!secure) { // FLAW API3-01: mass assignment of role and balance
      if (b.containsKey("role")) {
        update("UPDATE users SET role = ? WHERE id = ?", String.valueOf(b.get("role")), id);
      }
      if (b.containsKey("balance")) {
        update("UPDATE accounts SET balance = ? WHERE owner_id = ?", dec(b.get("balance")), id);
      }
    }
    return userView(p, id);
  }

  private Object deleteUserViaUserPath(Req r, int id) throws Exception {
    Principal p = auth(r);
    if (secure) {
      throw new ApiError(405, "method not allowed");
    }
    // FLAW API5-04: DELETE on the user path runs the admin-only deletion for anyone.
    return deleteUser(p, id);
  }

  private Object deleteUser(Principal p, int id) throws Exception {
    if (one("SELECT id FROM users WHERE id = ?", id) == null) {
      throw new ApiError(404, "not found");
    }
    update("DELETE FROM accounts WHERE owner_id = ?", id);
    update("DELETE FROM users WHERE id = ?", id);
    return null;
  }

  private Object lookup(Req r) {
    String email = r.query.getOrDefault("email", "");
    try {
      List<Map<String, Object>> rows = secure
          ? query("SELECT COUNT(*) AS n FROM users WHERE email = ?", email)
          // FLAW INJ-03: concatenated, errors swallowed: only timing leaks (blind, time-based)
          : rawQuery("SELECT COUNT(*) AS n FROM users WHERE email = '" + email + "'");
      boolean found = !rows.isEmpty() && ((Number) rows.get(0).get("n")).intValue() > 0;
      return Map.of("registered", found);
    } catch (SQLException e) {
      return Map.of("registered", false);
    }
  }

  private Object getAccount(Req r, int id) throws SQLException {
    Principal p = auth(r);
    Map<String, Object> a = one("SELECT id, owner_id AS \"ownerId\", balance, currency FROM accounts WHERE id = ?", id);
    if (a == null || (secure && ((Number) a.get("ownerId")).intValue() != p.id() && !p.admin())) {
      throw new ApiError(404, "not found"); // FLAW API1-01 in vulnerable mode: no owner check
    }
    return a;
  }

  private Object transfer(Req r) throws Exception {
    Principal p = auth(r);
    Map<String, Object> b = jsonBody(r);
    int from = intOrBad(str(b, "fromAccountId"));
    int to = intOrBad(str(b, "toAccountId"));
    BigDecimal amount = dec(b.get("amount"));
    synchronized (this) {
      Map<String, Object> src = one("SELECT owner_id, balance FROM accounts WHERE id = ?", from);
      Map<String, Object> dst = one("SELECT id FROM accounts WHERE id = ?", to);
      if (src == null || dst == null) {
        throw new ApiError(404, "account not found");
      }
      if (secure) { // FLAW API1-02 in vulnerable mode: debit any account, any amount
        if (((Number) src.get("owner_id")).intValue() != p.id()) {
          throw new ApiError(404, "account not found");
        }
        if (amount.signum() <= 0 || amount.compareTo((BigDecimal) src.get("balance")) > 0) {
          throw new ApiError(422, "invalid amount");
        }
      }
      update("UPDATE accounts SET balance = balance - ? WHERE id = ?", amount, from);
      update("UPDATE accounts SET balance = balance + ? WHERE id = ?", amount, to);
      update("INSERT INTO transfers(from_account, to_account, amount) VALUES (?,?,?)", from, to, amount);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("fromAccountId", from);
    out.put("toAccountId", to);
    out.put("amount", amount);
    out.put("status", "completed");
    return new Created(out);
  }

  private Object search(Req r) throws SQLException {
    Principal p = optionalAuth(r);
    String q = r.query.getOrDefault("q", "");
    if (secure) { // FLAW API4-03 in vulnerable mode: no rate limit on the expensive search
      String who = p != null ? "u" + p.id() : client(r);
      List<Long> times = searchTimes.computeIfAbsent(who, k -> new ArrayList<>());
      synchronized (times) {
        long now = System.currentTimeMillis();
        times.removeIf(t -> t < now - SEARCH_WINDOW_MS);
        if (times.size() >= MAX_SEARCHES_PER_WINDOW) {
          throw new ApiError(429, "search rate limit exceeded");
        }
        times.add(now);
      }
      return query("SELECT id, name, price, description FROM products WHERE LOWER(name) LIKE ? ORDER BY id",
          "%" + q.toLowerCase(Locale.ROOT) + "%");
    }
    // FLAW INJ-01 / INJ-02: the search term is concatenated into the SQL.
    return rawQuery("SELECT id, name, price, description FROM products WHERE LOWER(name) LIKE '%"
        + q.toLowerCase(Locale.ROOT) + "%' ORDER BY id");
  }

  private Object createOrder(Req r) throws Exception {
    Principal p = auth(r);
    Map<String, Object> b = jsonBody(r);
    int productId = intOrBad(str(b, "productId"));
    int quantity = b.containsKey("quantity") ? intOrBad(String.valueOf(b.get("quantity"))) : 1;
    if (quantity < 1 || quantity > 100) {
      throw new ApiError(400, "quantity must be 1-100");
    }
    Map<String, Object> prod = one("SELECT price FROM products WHERE id = ?", productId);
    if (prod == null) {
      throw new ApiError(404, "product not found");
    }
    BigDecimal total = ((BigDecimal) prod.get("price")).multiply(BigDecimal.valueOf(quantity));
    String id = UUID.randomUUID().toString();
    update("INSERT INTO orders VALUES (?,?,?,?,?,?,?)", id, p.id(), productId, quantity, total, "placed",
        b.getOrDefault("shippingAddress", "") == null ? "" : String.valueOf(b.getOrDefault("shippingAddress", "")));
    return new Created(one("SELECT id, product_id AS \"productId\", quantity, total, status FROM orders WHERE id = ?", id));
  }

  private Object getOrder(Req r, String id) throws SQLException {
    Principal p = auth(r);
    Map<String, Object> o = one("SELECT id, user_id AS \"userId\", product_id AS \"productId\", quantity, total,"
        + " status, shipping_address AS \"shippingAddress\" FROM orders WHERE id = ?", id);
    if (o == null || (secure && ((Number) o.get("userId")).intValue() != p.id() && !p.admin())) {
      throw new ApiError(404, "not found"); // FLAW API1-03 in vulnerable mode: no owner check
    }
    return o;
  }

  private Object redeem(Req r) throws Exception {
    Principal p = auth(r);
    String code = str(jsonBody(r), "code");
    synchronized (this) {
      Map<String, Object> c = one("SELECT amount FROM coupons WHERE code = ?", code);
      if (c == null) {
        throw new ApiError(404, "unknown coupon");
      }
      if (secure) { // FLAW API6-01 in vulnerable mode: the one-time coupon is never marked used
        if (one("SELECT code FROM coupon_redemptions WHERE code = ? AND user_id = ?", code, p.id()) != null) {
          throw new ApiError(409, "coupon already redeemed");
        }
        update("INSERT INTO coupon_redemptions VALUES (?,?)", code, p.id());
      }
      Map<String, Object> acc = one("SELECT id FROM accounts WHERE owner_id = ? ORDER BY id", p.id());
      if (acc == null) {
        throw new ApiError(409, "no account to credit");
      }
      update("UPDATE accounts SET balance = balance + ? WHERE id = ?", c.get("amount"), acc.get("id"));
      return Map.of("code", code, "credited", c.get("amount"), "accountId", acc.get("id"),
          "balance", one("SELECT balance FROM accounts WHERE id = ?", acc.get("id")).get("balance"));
    }
  }

  /** Secure-mode outbound policy: only allowlisted https hosts, or explicitly allowlisted host:port. */
  private URI checkOutbound(String url) {
    URI u;
    try {
      u = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new ApiError(400, "invalid URL");
    }
    if (u.getScheme() == null || u.getHost() == null
        || !(u.getScheme().equals("http") || u.getScheme().equals("https"))) {
      throw new ApiError(400, "only http(s) URLs");
    }
    if (!secure) {
      return u; // FLAW API7-01/02, API10-01: anything goes, loopback and private addresses included
    }
    int port = u.getPort() == -1 ? (u.getScheme().equals("https") ? 443 : 80) : u.getPort();
    if (outboundAllowlist.contains(u.getHost() + ":" + port)) {
      return u;
    }
    if (!u.getScheme().equals("https") || !DEFAULT_OUTBOUND_ALLOWLIST.contains(u.getHost().toLowerCase(Locale.ROOT))) {
      throw new ApiError(400, "URL not on the outbound allowlist");
    }
    try {
      for (InetAddress a : InetAddress.getAllByName(u.getHost())) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()) {
          throw new ApiError(400, "URL resolves to a private address");
        }
      }
    } catch (IOException e) {
      throw new ApiError(502, "cannot resolve host");
    }
    return u;
  }

  private HttpResponse<byte[]> fetch(HttpRequest.Builder b) {
    try {
      return http.send(b.timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new ApiError(502, "upstream fetch failed");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiError(502, "interrupted");
    }
  }

  private Object productImage(Req r, int productId) throws Exception {
    auth(r);
    String url = str(jsonBody(r), "url");
    if (one("SELECT id FROM products WHERE id = ?", productId) == null) {
      throw new ApiError(404, "product not found");
    }
    URI u = checkOutbound(url);
    HttpResponse<byte[]> resp = fetch(HttpRequest.newBuilder(u).GET());
    update("UPDATE products SET image_url = ? WHERE id = ?", url, productId);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("productId", productId);
    out.put("status", resp.statusCode());
    out.put("contentType", resp.headers().firstValue("Content-Type").orElse(null));
    out.put("size", resp.body().length);
    if (!secure) { // the fetched content is echoed back: full-read SSRF
      out.put("preview", new String(resp.body(), 0, Math.min(resp.body().length, 512), StandardCharsets.UTF_8));
    }
    return out;
  }

  private Object webhook(Req r) throws Exception {
    Principal p = auth(r);
    String url = str(jsonBody(r), "url");
    URI u = checkOutbound(url);
    update("INSERT INTO webhooks(user_id, url) VALUES (?,?)", p.id(), url);
    HttpResponse<byte[]> resp = fetch(HttpRequest.newBuilder(u)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"event\":\"ping\",\"user\":\"" + p.username() + "\"}")));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("url", url);
    out.put("deliveryStatus", resp.statusCode());
    if (!secure) {
      out.put("deliveryResponse", new String(resp.body(), 0, Math.min(resp.body().length, 512), StandardCharsets.UTF_8));
    }
    return new Created(out);
  }

  private Object importCsv(Req r) throws Exception {
    auth(r);
    InputStream in = r.ex.getRequestBody();
    byte[] data;
    if (secure) {
      data = in.readNBytes(MAX_IMPORT_BYTES + 1);
      if (data.length > MAX_IMPORT_BYTES) {
        throw new ApiError(413, "import larger than " + MAX_IMPORT_BYTES + " bytes");
      }
    } else { // FLAW API4-02: the whole body is buffered, whatever its size
      ByteArrayOutputStream bo = new ByteArrayOutputStream();
      in.transferTo(bo);
      data = bo.toByteArray();
    }
    String text = new String(data, StandardCharsets.UTF_8);
    long lines = text.lines().filter(l -> !l.isBlank()).count();
    return Map.of("imported", lines, "bytes", data.length);
  }

  @SuppressWarnings("unchecked")
  private Object fxConvert(Req r) throws Exception {
    auth(r);
    BigDecimal amount = dec(r.query.get("amount"));
    String currency = r.query.getOrDefault("currency", "EUR").toUpperCase(Locale.ROOT);
    if (!currency.matches("[A-Z]{3}")) {
      throw new ApiError(400, "currency must be an ISO 4217 code");
    }
    URI u = checkOutbound(fxRateUrl);
    HttpResponse<byte[]> resp = fetch(HttpRequest.newBuilder(u).GET());
    Object rate;
    if (secure) {
      if (resp.statusCode() != 200) {
        throw new ApiError(502, "exchange-rate service failed");
      }
      Object rates;
      try {
        rates = JSON.readValue(resp.body(), Map.class).get("rates");
      } catch (IOException e) {
        throw new ApiError(502, "exchange-rate service returned invalid JSON");
      }
      Object v = rates instanceof Map ? ((Map<String, Object>) rates).get(currency) : null;
      if (!(v instanceof Number) || ((Number) v).doubleValue() <= 0 || ((Number) v).doubleValue() > 10_000) {
        throw new ApiError(502, "exchange-rate service returned an invalid rate");
      }
      rate = new BigDecimal(v.toString());
    } else {
      // FLAW API10-01: whatever the third party sends is trusted and reflected.
      Map<String, Object> m = JSON.readValue(resp.body(), Map.class);
      rate = ((Map<String, Object>) m.get("rates")).get(currency);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("amount", amount);
    out.put("currency", currency);
    out.put("rate", rate);
    out.put("converted", rate instanceof Number ? amount.multiply(new BigDecimal(rate.toString())) : rate);
    return out;
  }

  private Object admin(Req r) throws Exception {
    Principal p = auth(r);
    String[] s = r.seg;
    String m = r.method;
    if (s.length == 3 && s[2].equals("config") && m.equals("PUT")) {
      if (!p.admin()) { // config is admin-only in both modes
        throw new ApiError(403, "admin role required");
      }
      fxRateUrl = str(jsonBody(r), "fxRateUrl");
      return Map.of("fxRateUrl", fxRateUrl);
    }
    requireAdmin(p, secure);
    if (s.length == 3 && s[2].equals("users") && m.equals("GET")) {
      List<Map<String, Object>> out = new ArrayList<>();
      for (Map<String, Object> u : query("SELECT id FROM users ORDER BY id LIMIT ?", limit(r))) {
        out.add(userView(p, ((Number) u.get("id")).intValue()));
      }
      return out;
    }
    if (s.length == 4 && s[2].equals("users") && m.equals("DELETE")) {
      return deleteUser(p, intOf(s[3]));
    }
    if (s.length == 5 && s[2].equals("users") && s[4].equals("role") && m.equals("PUT")) {
      int id = intOf(s[3]);
      String role = str(jsonBody(r), "role");
      if (!role.equals("user") && !role.equals("admin")) {
        throw new ApiError(400, "role must be user or admin");
      }
      if (update("UPDATE users SET role = ? WHERE id = ?", role, id) == 0) {
        throw new ApiError(404, "not found");
      }
      return userView(p, id);
    }
    throw new ApiError(404, "not found");
  }

  private Object v1User(Req r, String id) throws SQLException {
    if (secure) {
      throw new ApiError(404, "not found"); // retired
    }
    // FLAW API9-01: the old v1 endpoint, not in the spec, has no authentication at all.
    Map<String, Object> u = one("SELECT * FROM users WHERE id = ?", intOf(id));
    if (u == null) {
      throw new ApiError(404, "not found");
    }
    return u;
  }

  private Object debug(Req r) {
    if (secure) {
      throw new ApiError(404, "not found");
    }
    // FLAW API9-02: undocumented debug endpoint leaking configuration and the access log.
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("jwtSecret", new String(jwtSecret, StandardCharsets.UTF_8));
    out.put("fxRateUrl", fxRateUrl);
    out.put("java", System.getProperty("java.version"));
    synchronized (accessLog) {
      out.put("accessLog", new ArrayList<>(accessLog.subList(Math.max(0, accessLog.size() - 200), accessLog.size())));
    }
    return out;
  }
}
