package dev.rampart.demo;

import java.io.IOException;

/** Command line: {@code [--secure] [--port N]}; runs Rampart Bank until killed. */
public final class DemoMain {
  private DemoMain() {
  }

  public static void main(String[] args) throws IOException, InterruptedException {
    boolean secure = false;
    int port = 8080;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--secure" -> secure = true;
        case "--port" -> port = Integer.parseInt(args[++i]);
        default -> {
          System.err.println("usage: DemoMain [--secure] [--port N]");
          System.exit(2);
        }
      }
    }
    long t0 = System.nanoTime();
    DemoApi api = DemoApi.start(secure, port);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    Runtime.getRuntime().addShutdownHook(new Thread(api::close));
    System.out.println("Rampart Bank (" + (secure ? "SECURE" : "VULNERABLE") + " mode) at " + api.baseUri() + " (started in " + ms + " ms)");
    System.out.println("OpenAPI: " + api.baseUri() + "/openapi.json");
    for (DemoUser u : api.users()) {
      System.out.printf("  %-6s password=%-12s role=%-6s apiKey=%s%n", u.username(), u.password(), u.role(), u.apiKey());
    }
    Thread.currentThread().join();
  }
}
