package org.demandgraph.profile;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.demandgraph.vocab.UsStates;

/**
 * Finds the footer ({@code State <name>}, {@code Type City|County|State}, {@code Population <n>}, optionally
 * {@code Location ...}) as the last run of such lines on the page, blank lines and page chrome
 * ("Comments are closed.", a {@code Categories:} line) aside. Anchoring at the end keeps a narrative sentence that happens to
 * start with "State" out of it; a run needs a State, Type or Population line to count as a footer.
 */
final class FooterLines {

    enum Field { STATE, TYPE, POPULATION, LOCATION }

    /** The footer and the index of its first line (the end of the page's body); {@code start == lines.size()} without footer. */
    record Found(Footer footer, int start) {}

    private FooterLines() {}

    static Found find(String text, List<Line> lines, int from) {
        int k = lines.size() - 1;
        while (k >= from && (lines.get(k).isBlank(text) || trailer(lines.get(k).content(text)))) k--;
        Map<Field, Span> fields = new EnumMap<>(Field.class);
        Set<Field> seen = EnumSet.noneOf(Field.class);
        int start = lines.size();
        boolean rawPopulation = false;
        for (; k >= from; k--) {
            Line line = lines.get(k);
            if (line.isBlank(text)) continue;
            String content = line.content(text);
            Field field = fieldOf(content);
            if (field == null && !seen.contains(Field.POPULATION) && malformedPopulation(content)) {
                field = Field.POPULATION;
                rawPopulation = true;
            }
            if (field == null || !seen.add(field)) break;
            Span value = value(text, line, field);
            if (value != null) fields.put(field, value);
            start = k;
        }
        if (!seen.contains(Field.STATE) && !seen.contains(Field.TYPE) && !seen.contains(Field.POPULATION))
            return new Found(Footer.NONE, lines.size());
        // A malformed Population value alone is not enough to call the run a footer.
        if (rawPopulation && !seen.contains(Field.STATE) && !seen.contains(Field.TYPE))
            return new Found(Footer.NONE, lines.size());
        return new Found(new Footer(fields.get(Field.STATE), fields.get(Field.TYPE),
                fields.get(Field.POPULATION), fields.get(Field.LOCATION)), start);
    }

    /** What may follow the footer: page chrome and a table rendering's {@code Categories:} line. */
    static boolean trailer(String content) {
        return PageChrome.is(content) || content.startsWith(CategoriesLine.LABEL);
    }

    /** The field a footer line prints, or null when the line is not a footer line. */
    static Field fieldOf(String content) {
        for (Field f : Field.values()) {
            String label = label(f);
            if (!content.startsWith(label)) continue;
            String rest = content.substring(label.length());
            if (!rest.isEmpty() && !Blanks.isBlank(rest.charAt(0)) && rest.charAt(0) != ':') return null;
            String value = Blanks.normalise(rest.startsWith(":") ? rest.substring(1) : rest);
            if (value.isEmpty() || valid(f, value)) return f;
            return null;
        }
        return null;
    }

    /**
     * A {@code Population} line whose value is not a number ("Population abc", "Population: n/a"): still the
     * footer's field, kept as printed so that validation can name the value. A sentence ("Population growth
     * slowed in the 1990s.") is not: the value must be short and must not end a sentence.
     */
    static boolean malformedPopulation(String content) {
        String label = label(Field.POPULATION);
        if (!content.startsWith(label) || content.length() == label.length()) return false;
        String rest = content.substring(label.length());
        if (!Blanks.isBlank(rest.charAt(0)) && rest.charAt(0) != ':') return false;
        String value = Blanks.normalise(rest.startsWith(":") ? rest.substring(1) : rest);
        return !value.isEmpty() && value.length() <= MAX_RAW_VALUE && !value.endsWith(".")
                && value.split(" ").length <= MAX_RAW_WORDS;
    }

    private static final int MAX_RAW_VALUE = 24;
    private static final int MAX_RAW_WORDS = 3;

    private static boolean valid(Field f, String value) {
        return switch (f) {
            case STATE -> UsStates.codeOf(value).isPresent() || UsStates.isCode(value);
            case TYPE -> value.matches("\\p{L}+");
            case POPULATION -> value.matches("\\d[\\d,]*");
            case LOCATION -> true;
        };
    }

    /** The value's span (label and colon excluded), or null for a label printed without a value. */
    private static Span value(String text, Line line, Field field) {
        int s = line.contentStart(text) + label(field).length();
        int e = line.contentEnd(text);
        while (s < e && Blanks.isBlank(text.charAt(s))) s++;
        if (s < e && text.charAt(s) == ':') s++;
        Span value = Blanks.trimmed(text, s, e);
        return value.length() == 0 ? null : value;
    }

    private static String label(Field f) {
        return switch (f) {
            case STATE -> "State";
            case TYPE -> "Type";
            case POPULATION -> "Population";
            case LOCATION -> "Location";
        };
    }
}
