package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.demandgraph.extract.lexicon.Months;

/**
 * Splits a stretch of text into sentences with offsets. A stop ends a sentence when whitespace and a
 * capital, digit or opening quote follow, unless the word before it is an abbreviation ("St.", "Dept.",
 * "U.S.", "Feb.") or an initial ("J. Smith").
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = abbreviations();
    /** The longest sentence the rules read: real sentences are far shorter (under 800 characters in every real profile). */
    static final int MAX_LENGTH = 1000;

    private SentenceSplitter() {}

    private static Set<String> abbreviations() {
        Set<String> all = new java.util.HashSet<>(Set.of(
                "st", "dept", "mr", "mrs", "ms", "dr", "jr", "sr", "lt", "sgt", "det", "capt", "cpl", "ofc", "insp",
                "supt", "cmdr", "gov", "sen", "rep", "atty", "hon", "co", "corp", "inc", "ltd", "ave", "blvd", "rd",
                "hwy", "mt", "ft", "no", "vs", "etc", "approx", "e.g", "i.e", "a.m", "p.m", "u.s", "u.s.a", "d.c", "n.y"));
        all.addAll(Months.ABBREVIATIONS);
        return Set.copyOf(all);
    }

    /** The sentences of {@code text[from, to)}, trimmed, each tagged with {@code paragraph}. */
    public static List<Sentence> split(String text, int from, int to, int paragraph) {
        List<Sentence> out = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') continue;
            int end = closed(text, i + 1, to);
            int next = nextSentence(text, from, to, i, end);
            if (next < 0) continue;
            add(out, text, start, end, paragraph);
            start = next;
            i = next - 1;
        }
        add(out, text, start, to, paragraph);
        return out;
    }

    // The loop above and the tests below are kept in small methods: one large method with its loops
    // is compiled, and recompiled, at a high cost by the JIT (docs/performance.md).

    /** The end of a stop's closing quotes and brackets from {@code at}. */
    private static int closed(String text, int at, int to) {
        while (at < to && isCloser(text.charAt(at))) at++;
        return at;
    }

    /**
     * Where the next sentence starts when the stop at {@code stop} (closed at {@code end}) ends one, else -1:
     * whitespace and a sentence's first character follow, and it is no abbreviation's or initial's stop.
     */
    private static int nextSentence(String text, int from, int to, int stop, int end) {
        if (end < to && !isSpace(text.charAt(end))) return -1;
        int next = end;
        while (next < to && isSpace(text.charAt(next))) next++;
        if (next < to && !startsSentence(text.charAt(next))) return -1;
        if (text.charAt(stop) == '.' && isAbbreviation(text, from, stop)) return -1;
        return next;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '‘' || c == '(';
    }

    /** Whether the word ending just before the stop at {@code dot} is an abbreviation or an initial. */
    private static boolean isAbbreviation(String text, int from, int dot) {
        int s = dot;
        while (s > from && !isSpace(text.charAt(s - 1)) && text.charAt(s - 1) != '(') s--;
        while (s < dot && isLeadingQuote(text.charAt(s))) s++;
        String word = text.substring(s, dot);
        if (word.isEmpty()) return false;
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return true;
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isLeadingQuote(char c) {
        return c == '"' || c == '“' || c == '‘' || c == '\'';
    }

    private static void add(List<Sentence> out, String text, int start, int end, int paragraph) {
        while (start < end && isSpace(text.charAt(start))) start++;
        while (end > start && isSpace(text.charAt(end - 1))) end--;
        // An overlong "sentence" (a list, a run-on text without stops) is cut into pieces of bounded length,
        // so the work per sentence stays bounded and extraction linear in the text.
        while (end - start > MAX_LENGTH) {
            int cut = safeCut(text, start, start + MAX_LENGTH);
            add(out, text, start, cut, paragraph);
            start = cut;
            while (start < end && isSpace(text.charAt(start))) start++;
        }
        if (end > start) out.add(new Sentence(start, end, text.substring(start, end), paragraph));
        Work.add(end - start);
    }

    /** Where to cut {@code [start, limit)}: after its last ';', else its last ', ', else its last space, else at the limit. */
    private static int safeCut(String text, int start, int limit) {
        int floor = start + MAX_LENGTH / 2;
        for (String mark : new String[] {";", ", ", " "}) {
            int at = text.lastIndexOf(mark, limit - mark.length());
            if (at >= floor) return at + 1;
        }
        // never between the two halves of a surrogate pair
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }
}
