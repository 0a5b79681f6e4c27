package dev.rampart.core.spec;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * One loaded file (or stdin, or a remote document): its address, the name used in findings, its
 * text (kept for excerpts in reports) and its root node.
 */
public final class SourceDocument {
    private final URI uri;
    private final String displayName;
    private final String text;
    private Node root;
    private int[] lineStarts;

    SourceDocument(URI uri, String displayName, String text) {
        this.uri = uri;
        this.displayName = displayName;
        this.text = text;
    }

    public URI uri() {
        return uri;
    }

    /** The file name as the user gave it (relative paths stay relative), used in every location. */
    public String displayName() {
        return displayName;
    }

    public String text() {
        return text;
    }

    public Node root() {
        return root;
    }

    void root(Node root) {
        this.root = root;
    }

    /** Number of lines in the document. */
    public int lineCount() {
        return lineStarts().length;
    }

    /** The text of a 1-based line, without its line terminator; "" when out of range. */
    public String line(int lineNumber) {
        int[] starts = lineStarts();
        if (lineNumber < 1 || lineNumber > starts.length) {
            return "";
        }
        int start = starts[lineNumber - 1];
        int end = lineNumber < starts.length ? starts[lineNumber] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(start, end);
    }

    private int[] lineStarts() {
        if (lineStarts == null) {
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }
        return lineStarts;
    }

    @Override
    public String toString() {
        return displayName;
    }
}
