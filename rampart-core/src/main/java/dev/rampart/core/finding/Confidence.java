package dev.rampart.core.finding;

import java.util.Locale;

/** How sure the tool is that a finding is real: certain (proven), firm (strong signal), tentative (heuristic). */
public enum Confidence {
    CERTAIN,
    FIRM,
    TENTATIVE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
