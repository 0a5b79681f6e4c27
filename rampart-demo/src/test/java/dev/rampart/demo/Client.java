package dev.rampart.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/** A tiny HTTP client for the demo over real loopback HTTP. */
final class Client {
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  final DemoApi api;
  String token;

  Client(DemoApi api) {
    this.api = api;
  }

  record Res(int status, String body, HttpResponse<String> raw) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }

  static String json(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  Client login(String user, String password) {
    Res r = send("POST", "/api/auth/login", Map.of("username", user, "password", password));
    if (r.status() != 200) {
      throw new AssertionError("login failed: " + r.status() + " " + r.body());
    }
    token = r.json().get("token").asText();
    return this;
  }

  Client as(String user) {
    for (DemoUser u : api.users()) {
      if (u.username().equals(user)) {
        return login(u.username(), u.password());
      }
    }
    throw new AssertionError(user);
  }

  Client bearer(String t) {
    token = t;
    return this;
  }

  Res get(String path) {
    return send("GET", path, null);
  }

  Res send(String method, String path, Object body, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api.baseUri() + path)).timeout(Duration.ofSeconds(20));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    HttpRequest.BodyPublisher pub;
    if (body == null) {
      pub = HttpRequest.BodyPublishers.noBody();
    } else if (body instanceof byte[] bytes) {
      pub = HttpRequest.BodyPublishers.ofByteArray(bytes);
    } else {
      b.header("Content-Type", "application/json");
      pub = HttpRequest.BodyPublishers.ofString(json(body));
    }
    b.method(method, pub);
    try {
      HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Res(r.statusCode(), r.body(), r);
    } catch (IOException e) {
      throw new AssertionError(method + " " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  static String b64(String s) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  /** An HS256 token signed with the given secret. */
  static String forge(String secret, String claimsJson) {
    String signing = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + b64(claimsJson);
    return signing + "." + DemoApi.hs256(secret.getBytes(StandardCharsets.UTF_8), signing);
  }
}
