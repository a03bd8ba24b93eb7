package org.demandgraph.profile;

import java.util.List;
import org.demandgraph.vocab.TacticNames;

/**
 * Lines of the printed "Tactics Used" list: a table separator ({@code ---|---|}), a table row
 * ({@code Name | ✓ |}: page structure whatever the name), or a template name printed plain or as a
 * bullet. Anything else (e.g. a narrative heading "Auto Seizure Program") ends the list, and so does
 * a name already listed (a narrative heading "Reverse Stings" printed right under the list).
 */
final class TacticListLines {

    private TacticListLines() {}

    /** Adds the line's name to {@code names} and returns true when the line belongs to the list. */
    static boolean accept(String text, Line line, List<Span> names) {
        int s = line.contentStart(text);
        int e = line.contentEnd(text);
        String content = text.substring(s, e);
        if (isSeparator(content)) return true;
        int bar = content.indexOf('|');
        if (bar >= 0) return tableRow(text, s, e, names);
        Span name = Blanks.trimmed(text, Markers.afterBullet(text, s, e), e);
        if (!TacticNames.isTemplateName(name.text()) || listed(names, name.text())) return false;
        names.add(name);
        return true;
    }

    private static boolean listed(List<Span> names, String name) {
        String key = TacticNames.normalise(name);
        return names.stream().anyMatch(n -> TacticNames.normalise(n.text()).equals(key));
    }

    /** "---|---|", "|---|:---:|": only dashes, colons, bars and blanks, with a run of dashes. */
    static boolean isSeparator(String content) {
        return content.contains("---") && content.chars().allMatch(c -> c == '-' || c == '|' || c == ':' || Blanks.isBlank((char) c));
    }

    /** The row's first non-empty cell is the name; rows with no name cell belong to the table too. */
    private static boolean tableRow(String text, int s, int e, List<Span> names) {
        int cell = s;
        for (int i = s; i <= e; i++) {
            if (i == e || text.charAt(i) == '|') {
                Span name = Blanks.trimmed(text, cell, i);
                if (name.length() > 0 && !isTick(name.text())) {
                    names.add(name);
                    return true;
                }
                cell = i + 1;
            }
        }
        return true;
    }

    private static boolean isTick(String s) {
        return s.equals("✓") || s.equals("✔") || s.equals("✗") || s.equals("x") || s.equals("X");
    }
}
