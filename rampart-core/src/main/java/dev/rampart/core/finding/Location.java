package dev.rampart.core.finding;

/**
 * Where a finding is: a position in a spec file (file, 1-based line and column, JSON pointer), an
 * endpoint of a running API (method and path template), or both. Absent parts are "" or 0.
 */
public record Location(String file, int line, int column, String pointer, String method, String path) {

    public Location {
        file = file == null ? "" : file;
        pointer = pointer == null ? "" : pointer;
        method = method == null ? "" : method;
        path = path == null ? "" : path;
    }

    public static Location inSpec(String file, int line, int column, String pointer) {
        return new Location(file, line, column, pointer, "", "");
    }

    public static Location endpoint(String method, String path) {
        return new Location("", 0, 0, "", method, path);
    }

    public Location withEndpoint(String method, String path) {
        return new Location(file, line, column, pointer, method, path);
    }

    public boolean hasSpecPosition() {
        return !file.isEmpty();
    }

    public boolean hasEndpoint() {
        return !method.isEmpty() || !path.isEmpty();
    }

    /** "api.yaml:12:5" or "GET /users/{id}" or both. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (hasSpecPosition()) {
            sb.append(file);
            if (line > 0) {
                sb.append(':').append(line);
                if (column > 0) {
                    sb.append(':').append(column);
                }
            }
        }
        if (hasEndpoint()) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append((method + " " + path).trim());
        }
        return sb.toString();
    }
}
