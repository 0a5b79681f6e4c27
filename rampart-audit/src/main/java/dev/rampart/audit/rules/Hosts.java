package dev.rampart.audit.rules;

import java.util.Locale;

/** Host parsing for server URLs, which may hold {variables} and so are not always valid URIs. */
public final class Hosts {
    private Hosts() {
    }

    /** The host (without port or user info) of an absolute URL, lower case; "" for relative URLs. */
    public static String host(String url) {
        int s = url.indexOf("://");
        if (s < 0) {
            return "";
        }
        String rest = url.substring(s + 3);
        int end = rest.length();
        for (char c : new char[] {'/', '?', '#'}) {
            int i = rest.indexOf(c);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        String authority = rest.substring(0, end);
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            authority = authority.substring(at + 1);
        }
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            return (close > 0 ? authority.substring(0, close + 1) : authority).toLowerCase(Locale.ROOT);
        }
        int colon = authority.lastIndexOf(':');
        if (colon >= 0 && authority.indexOf('}', colon) < 0) {
            authority = authority.substring(0, colon);
        }
        return authority.toLowerCase(Locale.ROOT);
    }

    public static boolean isLoopback(String host) {
        return host.equals("localhost") || host.endsWith(".localhost") || host.startsWith("127.")
                || host.equals("[::1]") || host.equals("0.0.0.0");
    }
}
