package org.demandgraph.profile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Entries of the Key Partners section. Nesting follows indentation: an entry indented deeper than
 * the one before is a unit under it ({@code depth} 1, {@code parent} its index). A line ending in
 * ":" is a label for a group, not a partner, and is left out.
 */
final class KeyPartnerLines {

    private record Open(int indent, int index) {}

    private final String text;
    private final List<KeyPartner> entries = new ArrayList<>();
    private final Deque<Open> open = new ArrayDeque<>();

    KeyPartnerLines(String text) {
        this.text = text;
    }

    void add(Line line) {
        int s = line.contentStart(text);
        int e = line.contentEnd(text);
        Span name = Blanks.trimmed(text, Markers.afterBullet(text, s, e), e);
        if (!line.hasWords(text) || name.text().endsWith(":")) return;
        int indent = line.indent(text);
        while (!open.isEmpty() && open.peek().indent() >= indent) open.pop();
        int parent = open.isEmpty() ? -1 : open.peek().index();
        entries.add(new KeyPartner(name, open.size(), parent));
        open.push(new Open(indent, entries.size() - 1));
    }

    List<KeyPartner> entries() {
        return entries;
    }
}
