package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates in a sentence, exactly as precise as written: "February 14, 2014" is a day,
 * "In February 2014" / "in February, 2014" a month, "in 2008" / "Summer 2010" a year; "since 1978" and
 * "since at least 2003" start a recurring practice. Deadlines and ranges ("by June 2013",
 * "between 2010 and 2012") are not dates of anything that happened and are skipped.
 */
public final class Dates {

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final String YEAR = "((?:19|20)\\d\\d)(?![\\d,]*\\d)(?!-year)";
    private static final Pattern DATE = Pattern.compile(
            "(?<![\\w$])(?:(since(?: at least)?|by|between|from|until|through)\\s+)?(?:the\\s+)?"
            + "(?:(?:early|mid|late|spring|summer|fall|autumn|winter)(?:\\s+of|-)?\\s+)?"
            + "(?:" + MONTH + "(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?,?\\s+(?:of\\s+)?)?" + YEAR,
            Pattern.CASE_INSENSITIVE);
    /** The second year of "between 2010 and 2012" / "from 2010 to 2012". */
    private static final Pattern RANGE_END = Pattern.compile(
            "(?:between|from)\\s+(?:\\S+\\s+){0,2}(?:19|20)\\d\\d\\s*(?:and|to|through|-|–)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private Dates() {}

    public static List<DateMention> in(Sentence sentence) {
        List<DateMention> out = new ArrayList<>();
        Matcher m = DATE.matcher(sentence.text());
        while (m.find()) {
            String lead = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            if (lead.equals("by") || lead.equals("between") || lead.equals("until") || lead.equals("through")) continue;
            if (lead.equals("from") && sentence.text().substring(m.end()).matches("(?s)\\s*(?:to|through|-|–)\\s*\\d.*")) continue;
            if (sentence.text().substring(m.end()).matches("(?s)\\s*(?:-|–|to)\\s*(?:19|20)\\d\\d.*")) continue;
            if (RANGE_END.matcher(sentence.text().substring(0, m.start())).find()) continue;
            String year = m.group(4);
            When when;
            if (m.group(2) == null) {
                when = new When(When.Precision.YEAR, year);
            } else {
                int month = MONTHS.get(m.group(2).substring(0, 3).toLowerCase(Locale.ROOT));
                if (m.group(3) == null) {
                    when = new When(When.Precision.YEAR_MONTH, year + "-" + two(month));
                } else {
                    int day = Integer.parseInt(m.group(3));
                    if (day < 1 || day > 31) continue;
                    when = new When(When.Precision.DAY, year + "-" + two(month) + "-" + two(day));
                }
            }
            boolean since = lead.startsWith("since");
            if (since) when = new When(When.Precision.YEAR, year);
            out.add(new DateMention(sentence.start() + m.start(), sentence.start() + m.end(), when, since));
        }
        return out;
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
