package org.demandgraph.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.extract.lexicon.Hedges;

/**
 * Whether the clause around a match denies, plans or only considers it ("names were not released",
 * "police did not", "no plans to", "considered but", "will"). Precision first: any such word in the
 * clause cancels the match. "Since 1978, if not earlier" only leaves the start open: such phrases
 * are blanked out of the clause first.
 */
final class Negation {

    private static final Pattern CLAUSE_BREAK = Pattern.compile(Hedges.CLAUSE_BREAK);
    private static final Pattern DENIAL = Pattern.compile(Hedges.DENIAL, Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_DENIAL = Pattern.compile(Hedges.NOT_DENIAL, Pattern.CASE_INSENSITIVE);
    private static final Pattern HABIT = Pattern.compile(Hedges.HABIT, Pattern.CASE_INSENSITIVE);
    private static final Pattern HABIT_SUBJECT = Pattern.compile(Hedges.HABIT_SUBJECT, Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTINUED_SUBJECT = Pattern.compile(Hedges.CONTINUED_SUBJECT);
    private static final ThreadLocal<Map<String, Boolean>> DENIALS = ThreadLocal.withInitial(HashMap::new);

    private Negation() {}

    /** The bounds {start, end} of the clause of {@code sentence} containing {@code [from, to)}. */
    static int[] bounds(String sentence, int from, int to) {
        int start = 0, end = sentence.length();
        if (!LiteralGuard.mayFind(CLAUSE_BREAK, sentence)) return new int[] {start, end};
        Matcher m = CLAUSE_BREAK.matcher(sentence);
        while (m.find()) {
            if (m.end() <= from) start = m.end();
            else if (m.start() >= to) { end = m.start(); break; }
        }
        return new int[] {start, end};
    }

    /** The clause of {@code sentence} containing {@code [from, to)} (offsets within the sentence text). */
    static String clause(String sentence, int from, int to) {
        int[] b = bounds(sentence, from, to);
        int start = b[0], end = b[1];
        return blank(NOT_DENIAL, sentence.substring(start, end));
    }

    static boolean denied(String sentence, int from, int to) {
        return denial(clause(sentence, from, to));
    }

    /**
     * As {@link #denied}, but a habit about arrested people ("once arrested, buyers may have their cars
     * impounded", "names will be released") is a description of practice, not a plan.
     */
    static boolean deniedUnlessHabit(String sentence, int from, int to) {
        return deniedUnlessHabit(sentence, from, to, null);
    }

    /** As {@link #deniedUnlessHabit(String, int, int)}; the habit's people may be those of {@code previous} when the sentence goes on about them ("He may ..."). */
    static boolean deniedUnlessHabit(String sentence, int from, int to, String previous) {
        String clause = clause(sentence, from, to);
        if (LiteralGuard.find(HABIT_SUBJECT, sentence)
                || previous != null && CONTINUED_SUBJECT.matcher(sentence).find() && LiteralGuard.find(HABIT_SUBJECT, previous)) clause = blank(HABIT, clause);
        return denial(clause);
    }

    /** Whether the clause has a denial word: remembered per clause text, since the rules ask about one clause many times in a row. */
    private static boolean denial(String clause) {
        Map<String, Boolean> known = DENIALS.get();
        Boolean found = known.get(clause);
        if (found == null) {
            if (known.size() >= 64) known.clear();
            found = LiteralGuard.find(DENIAL, clause);
            known.put(clause, found);
        }
        return found;
    }

    private static String blank(Pattern p, String text) {
        if (!LiteralGuard.mayFind(p, text)) return text;
        return p.matcher(text).replaceAll(m -> " ".repeat(m.group().length()));
    }
}
