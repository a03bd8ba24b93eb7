package org.demandgraph.profile;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups of the Key Sources section: a line ending in ":" opens a group, other lines are its entries.
 * A line without a bullet right under a bulleted entry that has not ended (no final period) continues
 * that entry (a hard-wrapped citation).
 */
final class KeySourceLines {

    private final String text;
    private final List<KeySourceGroup> groups = new ArrayList<>();
    private Span heading;
    private List<Span> entries;
    private boolean lastEntryOpen;

    KeySourceLines(String text) {
        this.text = text;
    }

    void blank() {
        lastEntryOpen = false;
    }

    void add(Line line) {
        int s = line.contentStart(text);
        int e = line.contentEnd(text);
        if (!line.hasWords(text)) {
            blank();
            return;
        }
        int afterBullet = Markers.afterBullet(text, s, e);
        if (text.charAt(e - 1) == ':') {
            close();
            heading = Blanks.trimmed(text, afterBullet, e - 1);
            entries = new ArrayList<>();
            lastEntryOpen = false;
            return;
        }
        if (lastEntryOpen && afterBullet == s) {
            Span last = entries.remove(entries.size() - 1);
            entries.add(Span.of(text, last.start(), e));
        } else {
            if (entries == null) entries = new ArrayList<>();
            entries.add(Blanks.trimmed(text, afterBullet, e));
        }
        lastEntryOpen = afterBullet != s || lastEntryOpen;
        if (text.charAt(e - 1) == '.') lastEntryOpen = false;
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
