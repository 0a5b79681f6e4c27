package dev.rampart.demo;

/** A seeded demo user: credentials a test or a person can log in with. */
public record DemoUser(String username, String password, String role, String apiKey) {
}
