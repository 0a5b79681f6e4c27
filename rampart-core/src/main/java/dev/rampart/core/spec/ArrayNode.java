package dev.rampart.core.spec;

import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/** A sequence of nodes. */
public final class ArrayNode extends Node implements Iterable<Node> {
    private Node[] items;
    private int size;

    ArrayNode(SourceDocument document, int line, int column) {
        super(document, line, column);
        this.items = new Node[4];
    }

    void add(Node item) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        item.parent = this;
        item.key = null;
        item.index = size;
        items[size++] = item;
    }

    void trim() {
        if (items.length != size) {
            items = Arrays.copyOf(items, size);
        }
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public Node get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return items[i];
    }

    public List<Node> items() {
        return Collections.unmodifiableList(Arrays.asList(items).subList(0, size));
    }

    @Override
    public Iterator<Node> iterator() {
        return items().iterator();
    }
}
