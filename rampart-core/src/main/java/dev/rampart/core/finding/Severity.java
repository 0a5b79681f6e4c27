package dev.rampart.core.finding;

import java.util.Locale;

/** How bad a finding is, from critical down to informational. */
public enum Severity {
    CRITICAL,
    HIGH,
    MEDIUM,
    LOW,
    INFO;

    /** Lower-case name, as written in configs, CLI options and reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is as bad as {@code other} or worse. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    /** Parses "critical", "HIGH", ... ; throws IllegalArgumentException naming the choices otherwise. */
    public static Severity parse(String text) {
        for (Severity s : values()) {
            if (s.name().equalsIgnoreCase(text.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + text + "' (expected critical, high, medium, low or info)");
    }
}
