package dev.rampart.core.finding;

/**
 * Proof attached to a finding: what was sent and what came back (already redacted), with a label
 * such as "owner" or "attacker", and a command that reproduces it. Static findings have none.
 */
public record Evidence(String label, String request, String response, String reproduce) {
    public Evidence {
        label = label == null ? "" : label;
        request = request == null ? "" : request;
        response = response == null ? "" : response;
        reproduce = reproduce == null ? "" : reproduce;
    }
}
