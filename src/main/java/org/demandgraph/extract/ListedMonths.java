package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.extract.lexicon.Months;

/**
 * Months listed without a year ("in May and September", "in July, August and October"), each a month of a year told by
 * the sentence ("later that year", "Later in 2017"): the dates of operations counted "respectively" (round 18, read by
 * {@link RespectiveCounts}). Not a range ("between May and August"), nor months followed by their own year.
 */
final class ListedMonths {

    private static final String MONTH = "(?:" + Months.FULL + ")";
    private static final Pattern LIST = Pattern.compile("(?<![Bb]etween\\s)(?<![Ff]rom\\s)\\b(?:[Ii]n\\s+)?" + MONTH + "(?:\\s*,\\s*(?:in\\s+)?" + MONTH + ")*"
            + "\\s*,?\\s+(?:and|&)\\s+(?:in\\s+)?" + MONTH + "\\b(?!\\s*,?\\s*(?:of\\s+)?(?:\\d{4}|\\d{1,2}\\b))");
    private static final Pattern ONE = Pattern.compile("\\b" + MONTH + "\\b");

    private ListedMonths() {}

    /** The months of the sentence's one list, dated in {@code year}; empty when there is none or more than one. */
    static List<DateMention> of(Sentence s, int year) {
        Matcher m = LIST.matcher(s.text());
        if (!m.find()) return List.of();
        int from = m.start(), to = m.end();
        if (m.find()) return List.of();
        List<DateMention> out = new ArrayList<>();
        Matcher one = ONE.matcher(s.text()).region(from, to);
        while (one.find()) {
            int month = Months.number(one.group());
            out.add(new DateMention(s.start() + one.start(), s.start() + one.end(),
                    new When(When.Precision.YEAR_MONTH, year + "-" + (month < 10 ? "0" + month : Integer.toString(month))), false));
        }
        return out;
    }
}
