package org.demandgraph.profile;

import java.util.ArrayList;
import java.util.List;

/** Groups of the Key Sources section: a line ending in ":" opens a group, other lines are its entries. */
final class KeySourceLines {

    private final String text;
    private final List<KeySourceGroup> groups = new ArrayList<>();
    private Span heading;
    private List<Span> entries;

    KeySourceLines(String text) {
        this.text = text;
    }

    void add(Line line) {
        int s = line.contentStart(text);
        int e = line.contentEnd(text);
        if (s == e) return;
        int afterBullet = Markers.afterBullet(text, s, e);
        if (text.charAt(e - 1) == ':') {
            close();
            heading = Blanks.trimmed(text, afterBullet, e - 1);
            entries = new ArrayList<>();
            return;
        }
        if (entries == null) entries = new ArrayList<>();
        entries.add(Blanks.trimmed(text, afterBullet, e));
    }

    List<KeySourceGroup> groups() {
        close();
        return groups;
    }

    private void close() {
        if (entries != null) groups.add(new KeySourceGroup(heading, entries));
        heading = null;
        entries = null;
    }
}
