package dev.rampart.core.report;

/** Escaping for XML and HTML text and attribute values. */
final class Xml {
    private Xml() {
    }

    /** For attribute values: like {@link #esc}, and keeps line breaks and tabs from being normalised to spaces. */
    static String attr(String s) {
        return esc(s).replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;");
    }

    /** Escapes &lt; &gt; &amp; quotes; drops characters XML 1.0 forbids (control chars other than tab/LF/CR). */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (c == '\t' || c == '\n' || c == '\r') {
                        sb.append(c);
                    } else if (c < 0x20 || c == 0xFFFE || c == 0xFFFF || (c >= 0x7f && c < 0xa0)) {
                        sb.append('\uFFFD');
                    } else if (Character.isSurrogate(c)) {
                        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                            sb.append(c).append(s.charAt(++i));
                        } else {
                            sb.append('\uFFFD');
                        }
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
