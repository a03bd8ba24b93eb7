package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.extract.lexicon.Months;

/**
 * Months listed without their year after a bare year of the same sentence: "two more stings in 2017, in April and
 * November, with six and nine arrests", "In two such operations in 2013 (in February and June), ...", "later that year,
 * in August and November, leading to 14 and 22 arrests respectively". Each month is a date of that year, for the counts
 * told in order ({@link RespectiveCounts}); alone, "in August and November" dates no one operation (see
 * {@link SentenceDates}).
 */
final class MonthPairs {

    private static final String MONTH = "(?:" + Months.FULL + ")";
    /** "in April and November", "in February, May and October", "in March and again in June"; no year right after. */
    private static final Pattern LISTED = OperationTriggers.p("\\b(?:in|during)\\s+(" + MONTH + "(?:\\s*,\\s*(?:in\\s+)?" + MONTH + ")*\\s*,?\\s+and\\s+(?:again\\s+)?(?:in\\s+)?" + MONTH
            + ")\\b(?!\\s*,?\\s*(?:of\\s+)?(?:\\d{1,4}|that|the\\s+(?:same|following|next)))");
    private static final Pattern ONE = Pattern.compile(MONTH);

    private MonthPairs() {}

    /** {@code dates} with the listed months of the bare year before them added, in order; {@code dates} itself when there are none. */
    static List<DateMention> with(Sentence s, List<DateMention> dates) {
        Matcher m = LiteralGuard.matcher(LISTED, s.text());
        if (!m.find()) return dates;
        int at = s.start() + m.start(1);
        DateMention year = null;
        for (DateMention d : dates) {
            if (d.start() < at && d.end() <= at && !d.since() && d.until() == null) year = d;
            if (d.start() >= at && d.start() < s.start() + m.end(1)) return dates;
        }
        if (year == null || year.when().precision() != When.Precision.YEAR) return dates;
        List<DateMention> out = new ArrayList<>(dates);
        Matcher one = ONE.matcher(m.group(1));
        while (one.find()) {
            int month = Months.number(one.group());
            String lexical = year.when().year() + "-" + (month < 10 ? "0" + month : Integer.toString(month));
            out.add(new DateMention(at + one.start(), at + one.end(), new When(When.Precision.YEAR_MONTH, lexical), false));
        }
        out.sort(Comparator.comparingInt(DateMention::start));
        return out;
    }
}
