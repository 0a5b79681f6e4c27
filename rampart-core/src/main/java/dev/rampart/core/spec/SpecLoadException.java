package dev.rampart.core.spec;

/**
 * A spec could not be loaded. The message is one line that names the file and, where known, the
 * line and column, ready to print to a user as is.
 */
public final class SpecLoadException extends Exception {
    private final String file;
    private final int line;
    private final int column;
    private final String reason;

    public SpecLoadException(String file, int line, int column, String reason) {
        this(file, line, column, reason, null);
    }

    public SpecLoadException(String file, int line, int column, String reason, Throwable cause) {
        super(format(file, line, column, reason), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    private static String format(String file, int line, int column, String reason) {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ").append(oneLine(reason)).toString();
    }

    static String oneLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        String flat = s.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
        return flat.length() > 300 ? flat.substring(0, 297) + "..." : flat;
    }

    public String file() {
        return file;
    }

    /** 1-based line, 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column, 0 when unknown. */
    public int column() {
        return column;
    }

    public String reason() {
        return reason;
    }
}
