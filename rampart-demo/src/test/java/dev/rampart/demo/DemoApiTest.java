package dev.rampart.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class DemoApiTest {

  @ParameterizedTest(name = "secure={0}")
  @ValueSource(booleans = {false, true})
  void legitimateFlowsWorkInBothModes(boolean secure) throws Exception {
    try (DemoApi api = DemoApi.start(secure, 0)) {
      Client anon = new Client(api);
      Client.Res signup = anon.send("POST", "/api/auth/signup",
          Map.of("username", "carol", "password", "Carol#2024pw", "email", "carol@rampart-bank.example"));
      assertThat(signup.status()).isEqualTo(201);
      int carolAccount = signup.json().get("accountId").asInt();

      Client carol = new Client(api).login("carol", "Carol#2024pw");
      assertThat(carol.get("/api/users/me").json().get("username").asText()).isEqualTo("carol");
      assertThat(carol.get("/api/accounts/" + carolAccount).json().get("balance").asDouble()).isEqualTo(50.0);
      assertThat(carol.send("PUT", "/api/users/" + signup.json().get("id").asInt(),
          Map.of("fullName", "Carol C.")).json().get("fullName").asText()).isEqualTo("Carol C.");

      Client alice = new Client(api).as("alice");
      JsonNode accounts = alice.get("/api/accounts").json();
      assertThat(accounts.size()).isEqualTo(1);
      assertThat(alice.get("/api/accounts/1001").json().get("balance").asDouble()).isEqualTo(1000.0);
      Client.Res transfer = alice.send("POST", "/api/transfers",
          Map.of("fromAccountId", 1001, "toAccountId", carolAccount, "amount", 25.5));
      assertThat(transfer.status()).isEqualTo(201);
      assertThat(alice.get("/api/accounts/1001").json().get("balance").asDouble()).isEqualTo(974.5);
      assertThat(carol.get("/api/accounts/" + carolAccount).json().get("balance").asDouble()).isEqualTo(75.5);

      Client.Res order = alice.send("POST", "/api/orders", Map.of("productId", 2, "quantity", 2));
      assertThat(order.status()).isEqualTo(201);
      String orderId = order.json().get("id").asText();
      assertThat(alice.get("/api/orders/" + orderId).json().get("total").asDouble()).isEqualTo(50.0);
      assertThat(alice.get("/api/orders/" + DemoApi.ALICE_ORDER).status()).isEqualTo(200);
      assertThat(alice.get("/api/orders?limit=10").json().size()).isEqualTo(2);

      assertThat(alice.send("POST", "/api/coupons/redeem", Map.of("code", "WELCOME50")).status()).isEqualTo(200);
      assertThat(anon.get("/api/products/search?q=coin").json().size()).isEqualTo(1);
      assertThat(anon.get("/api/products?limit=3").json().size()).isEqualTo(3);
      assertThat(anon.get("/api/users/lookup?email=bob@rampart-bank.example").json().get("registered").asBoolean())
          .isTrue();
      assertThat(new Client(api).get("/api/users/me?x=1").status()).isEqualTo(401);

      String key = api.users().get(1).apiKey();
      assertThat(new Client(api).send("GET", "/api/users/me", null, "X-API-Key", key).json().get("username").asText())
          .isEqualTo("bob");

      Client admin = new Client(api).as("admin");
      assertThat(admin.get("/api/admin/users").json().size()).isEqualTo(4);
      assertThat(admin.send("PUT", "/api/admin/users/2/role", Map.of("role", "admin")).status()).isEqualTo(200);
      assertThat(admin.send("DELETE", "/api/admin/users/2", null).status()).isEqualTo(204);
      assertThat(admin.send("GET", "/api/users/me", null, "Origin", "https://bank.rampart.example").raw().headers()
          .firstValue("Access-Control-Allow-Origin")).contains("https://bank.rampart.example");
    }
  }

  @ParameterizedTest(name = "secure={0}")
  @ValueSource(booleans = {false, true})
  void allowlistedOutboundServicesWorkInBothModes(boolean secure) throws Exception {
    try (VulnerabilityExploitTest.Target fx = new VulnerabilityExploitTest.Target("{\"base\":\"USD\",\"rates\":{\"EUR\":0.5}}");
         DemoApi api = DemoApi.start(secure, 0, Set.of(fx.hostPort()))) {
      Client admin = new Client(api).as("admin");
      assertThat(admin.send("PUT", "/api/admin/config", Map.of("fxRateUrl", fx.url("/latest"))).status()).isEqualTo(200);
      Client alice = new Client(api).as("alice");
      Client.Res r = alice.get("/api/fx/convert?amount=100&currency=EUR");
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.json().get("converted").asDouble()).isEqualTo(50.0);
      assertThat(alice.send("POST", "/api/products/1/image", Map.of("url", fx.url("/img.png"))).status()).isEqualTo(200);
      assertThat(alice.send("POST", "/api/webhooks", Map.of("url", fx.url("/hook"))).status()).isEqualTo(201);
      assertThat(fx.hits.get()).isEqualTo(3);
    }
  }

  @Test
  void everyManifestEntryHasAnExploitTestAndCoversTheTop10() throws Exception {
    JsonNode manifest = Client.JSON.readTree(DemoApi.vulnerabilitiesJson()).get("vulnerabilities");
    assertThat(manifest.size()).isGreaterThanOrEqualTo(20);
    Set<String> methods = new HashSet<>();
    for (Method m : VulnerabilityExploitTest.class.getDeclaredMethods()) {
      if (m.isAnnotationPresent(Test.class)) {
        methods.add(m.getName());
      }
    }
    Set<String> categories = new TreeSet<>();
    Set<String> ids = new HashSet<>();
    for (JsonNode v : manifest) {
      String id = v.get("id").asText();
      assertThat(ids.add(id)).as("unique id " + id).isTrue();
      for (String field : new String[] {"owasp", "cwe", "method", "path", "title", "exploit", "secureFix"}) {
        assertThat(v.path(field).asText()).as(id + "." + field).isNotBlank();
      }
      String prefix = id.toLowerCase(Locale.ROOT).replace('-', '_') + "_";
      assertThat(methods.stream().anyMatch(n -> n.startsWith(prefix))).as("exploit test for " + id).isTrue();
      categories.add(v.get("owasp").asText());
    }
    for (int i = 1; i <= 10; i++) {
      assertThat(categories).contains("API" + i + ":2023");
    }
    assertThat(methods.stream().filter(n -> n.matches("(api\\d+|inj)_\\d\\d_.*")).count())
        .as("no exploit test without a manifest entry").isEqualTo(manifest.size());
  }

  @Test
  void readmeListsEveryManifestEntry() throws Exception {
    String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
    for (JsonNode v : Client.JSON.readTree(DemoApi.vulnerabilitiesJson()).get("vulnerabilities")) {
      assertThat(readme).contains("| " + v.get("id").asText() + " |");
    }
  }

  @Test
  void servedSpecEqualsBundledYamlAndBundledFilesMatchModuleRoot() throws Exception {
    Object yaml = new Load(LoadSettings.builder().build()).loadFromString(DemoApi.openApiYaml());
    try (DemoApi api = DemoApi.start(true, 0)) {
      Client.Res r = new Client(api).get("/openapi.json");
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.json()).isEqualTo(Client.JSON.valueToTree(yaml));
      assertThat(r.json().get("openapi").asText()).startsWith("3.0");
    }
    assertThat(DemoApi.openApiYaml()).isEqualTo(java.nio.file.Files.readString(java.nio.file.Path.of("openapi.yaml")));
    assertThat(DemoApi.vulnerabilitiesJson())
        .isEqualTo(java.nio.file.Files.readString(java.nio.file.Path.of("vulnerabilities.json")));
  }

  @Test
  void manifestPathsOfCurrentApiAreInTheSpec() throws Exception {
    JsonNode paths = Client.JSON.valueToTree(
        new Load(LoadSettings.builder().build()).loadFromString(DemoApi.openApiYaml())).get("paths");
    for (JsonNode v : Client.JSON.readTree(DemoApi.vulnerabilitiesJson()).get("vulnerabilities")) {
      String path = v.get("path").asText();
      if (path.startsWith("/api/")) {
        assertThat(paths.has(path)).as(v.get("id").asText() + " " + path).isTrue();
      } else {
        assertThat(paths.has(path)).as("shadow endpoint " + path + " stays out of the spec").isFalse();
      }
    }
  }

  @Test
  void startsFastWithIndependentDatabases() throws Exception {
    long t0 = System.nanoTime();
    try (DemoApi a = DemoApi.start(false, 0); DemoApi b = DemoApi.start(false, 0)) {
      assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(2000);
      new Client(a).as("alice").send("DELETE", "/api/users/2", null);
      assertThat(new Client(b).as("bob").get("/api/users/me").status()).isEqualTo(200);
      assertThat(a.port()).isNotEqualTo(b.port());
      assertThat(a.baseUri().getHost()).isEqualTo("127.0.0.1");
      assertThat(a.users()).extracting(DemoUser::role).contains("user", "admin");
    }
  }
}
