package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.extract.lexicon.Months;

/**
 * Finds dates in a sentence, exactly as precise as written: "February 14, 2014" is a day,
 * "In February 2014" / "in February, 2014" a month, "in 2008" / "Summer 2010" a year; "since 1978" and
 * "since at least 2003" start a recurring practice. A range ("from March 3 to April 12, 2019",
 * "between 2004 and 2005", "2005-2008") is one mention with both ends, each as precise as written
 * (the start takes the end's year when it has none). "As early as 1976", "beginning in 1976" and a year
 * in parentheses after a practice ("web stings (2000)") start a practice as "since" does; a year in
 * parentheses after a name ("Smith (2006)") is a citation and skipped. Decades ("the 1990s") are
 * no dates. Deadlines ("by June 2013", "until 2012") are
 * not dates of anything that happened and are skipped.
 */
public final class Dates {

    private static final String MONTH = "(" + Months.ANY + ")";
    /** A year, not a decade ("the 1990s") nor an age ("a 2000-year-old"). */
    private static final String YEAR = "((?:19|20)\\d\\d)(?![\\d,]*\\d)(?!-year)(?![’']?s\\b)";
    /** "fiscal year 2019", "FY 2019": dated by the year it is named after. */
    private static final String FISCAL = "(?:fiscal\\s+(?:year\\s+)?|FY\\s?)?";
    private static final String SEASON = "(?:(?:early|mid|late|spring|summer|fall|autumn|winter)(?:\\s+of|-)?\\s+)?";
    /**
     * A time a running total is told at, not an event's: "by 2015", "by the end of 2013", "by the close of 2018", "as of
     * 2014", "as of the end of 2019" (a deadline or a tally's date; skipped like "until 2012").
     */
    private static final String AS_OF = "by(?:\\s+the\\s+(?:end|close|middle|start|beginning)\\s+of)?|as\\s+of(?:\\s+the\\s+(?:end|close)\\s+of)?";
    private static final Pattern DATE = Pattern.compile(
            "(?<![\\w$])(?:(since(?: at least)?|as early as|dates? back to(?: at least)?|dated back to(?: at least)?|(?:first\\s+)?implemented in|beginning in|starting in|" + AS_OF + "|between|from|until|through)\\s+)?(?:the\\s+)?" + FISCAL + SEASON
            + "(?:" + MONTH + "(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?,?\\s+(?:of\\s+)?)?" + YEAR,
            Pattern.CASE_INSENSITIVE);
    /** A range: "from|between" start "to|through|and" end, or two years joined by a dash. */
    private static final Pattern RANGE = Pattern.compile(
            "(?<![\\w$])(?:(?:from|between)\\s+(?:about\\s+|around\\s+)?(?:the\\s+)?" + SEASON
            + "(?:" + MONTH + "(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?,?\\s*)?((?:19|20)\\d\\d)?\\s*(?:to|through|until|and|-|–)\\s*"
            + "|(?:about\\s+)?((?:19|20)\\d\\d)\\s*(?:-|–|to)\\s*)"
            + SEASON + "(?:" + MONTH + "(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?,?\\s+(?:of\\s+)?)?" + YEAR,
            Pattern.CASE_INSENSITIVE);
    /**
     * A range of days across months without "from": "May 30 through June 2, 2022", "December 28, 2018 to January 3, 2019",
     * also with the days of the week ("Friday, June 7, to Saturday, June 8, 2019").
     */
    private static final Pattern MONTH_DAY_RANGE = Pattern.compile(
            "(?<![\\w$])" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+((?:19|20)\\d\\d))?,?\\s*(?:-|–|to|through|until)\\s*(?:(?:" + Months.WEEKDAY + "),?\\s+)?"
            + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR,
            Pattern.CASE_INSENSITIVE);
    /** A range of days in one month: "March 4-6, 2011", "from May 3 to 5, 2019". */
    private static final Pattern DAY_RANGE = Pattern.compile(
            "(?<![\\w$])(?:(?:from|between)\\s+)?" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:-|–|to|through|until|and)\\s*"
            + "(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:of\\s+)?" + YEAR,
            Pattern.CASE_INSENSITIVE);
    /** Ordinal days of one month: "between the 4th and 7th of December 2019". */
    private static final Pattern ORDINAL_DAYS = Pattern.compile(
            "(?<![\\w$])(?:(?:from|between)\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)\\s*(?:-|–|to|through|until|and)\\s*(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)\\s+of\\s+"
            + MONTH + ",?\\s+" + YEAR, Pattern.CASE_INSENSITIVE);
    /**
     * A month before another month and its year: "in May and August 2021", "in March, June and October 2019" (each earlier
     * month takes the year written after the last; not "between May and August 2021", a range). Month names only as
     * written, capitalised ("may" and "march" are verbs too).
     */
    private static final Pattern MONTH_BEFORE_YEAR = Pattern.compile(
            "(?<![\\w$])(?<![Bb]etween\\s)(?<![Ff]rom\\s)(" + Months.FULL + ")(?=(?:\\s*,\\s*(?:in\\s+)?(?:" + Months.FULL + "))*\\s*,?\\s+(?:and|&)\\s+(?:in\\s+)?(?:"
            + Months.FULL + "),?\\s+(?:of\\s+)?" + YEAR + ")");
    /** "were not held again until 2016, when ...": a date of what then happened, not a deadline. */
    private static final Pattern NOT_BEFORE = Pattern.compile("\\b(?:not|nothing|no|never)\\b[^;:]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern WHEN_AFTER = Pattern.compile("^\\s*,?\\s*when\\b", Pattern.CASE_INSENSITIVE);
    /** "did not resume until the spring of 2018": the date a practice started again. */
    private static final Pattern RESUMED = Pattern.compile("\\b(?:resum|restart|return|start|begin|began|pick(?:ed)?\\s+up)\\w*\\s+(?:again\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ONWARD = Pattern.compile("\\s*(?:on(?:wards?)?|forward)\\b", Pattern.CASE_INSENSITIVE);
    /** What may stand between a since-year and a year whose "since" is elided ("since 1996 and 2010, respectively"). */
    private static final Pattern SINCE_ELIDED = Pattern.compile("\\s*(?:,\\s*(?:and\\s+)?|and\\s+)");

    private Dates() {}

    public static List<DateMention> in(Sentence sentence) {
        String text = sentence.text();
        List<DateMention> out = new ArrayList<>();
        List<int[]> ranges = new ArrayList<>();
        Matcher r = LiteralGuard.matcher(RANGE, text);
        while (r.find()) {
            String startYear = r.group(3) != null ? r.group(3) : r.group(4);
            if (startYear == null && r.group(1) == null) continue;
            ranges.add(new int[] {sentence.start() + r.start(), sentence.start() + r.end()});
            When end = when(r.group(7), r.group(5), r.group(6));
            if (end == null) continue;
            When start = when(startYear != null ? startYear : r.group(7), r.group(1), r.group(2));
            if (start == null || start.lexical().compareTo(end.lexical()) > 0) continue;
            out.add(new DateMention(sentence.start() + r.start(), sentence.start() + r.end(), start, false, end));
        }
        Matcher across = LiteralGuard.matcher(MONTH_DAY_RANGE, text);
        while (across.find()) {
            When end = when(across.group(6), across.group(4), across.group(5));
            When start = when(across.group(3) != null ? across.group(3) : across.group(6), across.group(1), across.group(2));
            int at = sentence.start() + across.start(), to = sentence.start() + across.end();
            if (start == null || end == null || start.lexical().compareTo(end.lexical()) >= 0 || ranges.stream().anyMatch(d -> d[0] < to && at < d[1])) continue;
            ranges.add(new int[] {at, to});
            out.add(new DateMention(at, to, start, false, end));
        }
        Matcher days = LiteralGuard.matcher(DAY_RANGE, text);
        while (days.find()) {
            When start = when(days.group(4), days.group(1), days.group(2));
            When end = when(days.group(4), days.group(1), days.group(3));
            if (start == null || end == null || start.lexical().compareTo(end.lexical()) >= 0) continue;
            int at = sentence.start() + days.start(), to = sentence.start() + days.end();
            if (ranges.stream().anyMatch(d -> d[0] < to && at < d[1])) continue;
            ranges.add(new int[] {at, to});
            out.add(new DateMention(at, to, start, false, end));
        }
        Matcher ordinal = LiteralGuard.matcher(ORDINAL_DAYS, text);
        while (ordinal.find()) {
            When start = when(ordinal.group(4), ordinal.group(3), ordinal.group(1));
            When end = when(ordinal.group(4), ordinal.group(3), ordinal.group(2));
            int at = sentence.start() + ordinal.start(), to = sentence.start() + ordinal.end();
            if (start == null || end == null || start.lexical().compareTo(end.lexical()) >= 0 || ranges.stream().anyMatch(d -> d[0] < to && at < d[1])) continue;
            ranges.add(new int[] {at, to});
            out.add(new DateMention(at, to, start, false, end));
        }
        Matcher paired = LiteralGuard.matcher(MONTH_BEFORE_YEAR, text);
        while (paired.find()) {
            int at = sentence.start() + paired.start(), to = sentence.start() + paired.end();
            if (ranges.stream().anyMatch(d -> d[0] < to && at < d[1])) continue;
            out.add(new DateMention(at, to, when(paired.group(2), paired.group(1), null), false));
        }
        Matcher m = LiteralGuard.matcher(DATE, text);
        int sinceEnd = -1;
        while (m.find()) {
            int at = sentence.start() + m.start(), to = sentence.start() + m.end();
            if (ranges.stream().anyMatch(d -> d[0] < to && at < d[1])) continue;
            String lead = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            boolean happened = lead.equals("until") && NOT_BEFORE.matcher(text.substring(Math.max(0, m.start() - 80), m.start())).find()
                    && (WHEN_AFTER.matcher(text.substring(m.end())).find() || RESUMED.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find());
            if ((lead.startsWith("by") || lead.startsWith("as") && !lead.startsWith("as early") || lead.equals("between") || lead.equals("until") || lead.equals("through")) && !happened) continue;
            // "HSI, a federal partner of the bureau since 2015, and city detectives arrested ...": a role's start, no practice
            if (lead.startsWith("since") && ROLE_SINCE.matcher(text.substring(Math.max(0, m.start() - 80), m.start())).find()
                    && text.startsWith(",", m.end())) continue;
            // "the largest number since 2002", "the first time since 1999": a comparison, no practice since then
            if (lead.startsWith("since") && COMPARED_SINCE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()) continue;
            boolean since = lead.startsWith("since") || lead.startsWith("as early") || lead.endsWith(" in") || lead.contains("back to")
                    // "from 2008 onward": a start with no end
                    || lead.equals("from") && m.group(2) == null && ONWARD.matcher(text).region(m.end(), text.length()).lookingAt();
            // "since 1996 and 2010, respectively": the second year is a since-year too
            if (lead.isEmpty() && m.group(2) == null && sinceEnd >= 0 && SINCE_ELIDED.matcher(text).region(sinceEnd, m.start()).matches()) since = true;
            if (m.group(2) == null && inParentheses(text, m.start(), m.end())) {
                if (lead.isEmpty() && citation(text, m.start())) continue; // "Smith and colleagues (2006) found", not "on Front Street (since 1992)"
                since = true; // "web stings (2000)": the year the place began to use it
            }
            When when = since ? new When(When.Precision.YEAR, m.group(4)) : when(m.group(4), m.group(2), m.group(3));
            if (when == null) continue;
            out.add(new DateMention(at, to, when, since));
            sinceEnd = since ? m.end() : -1;
        }
        out.sort(java.util.Comparator.comparingInt(DateMention::start));
        return out;
    }

    /** An apposition naming someone's or some agency's role, right before its "since" ("…, a federal partner of the bureau since"). */
    private static final Pattern ROLE_SINCE = Pattern.compile(",\\s+(?:an?\\s+|the\\s+|its\\s+)?(?:[\\w-]+\\s+){0,2}"
            + "(?:partner|member|chief|head|sheriff|director|commander|leader|in\\s+office|serving)\\b[^,;.]*$", Pattern.CASE_INSENSITIVE);

    /** A superlative or "first time" right before a since-year: what it compares. */
    private static final Pattern COMPARED_SINCE = Pattern.compile("\\b(?:most|largest|biggest|highest|lowest|fewest|smallest|first\\s+time|first)\\s+(?:[\\w-]+\\s+){0,2}$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern CITING = Pattern.compile("(?:[A-Z][\\w’'.-]*|colleagues|al\\.?|others)\\s*$");

    private static boolean inParentheses(String text, int start, int end) {
        return start > 0 && text.charAt(start - 1) == '(' && end < text.length() && text.charAt(end) == ')';
    }

    /** A year in parentheses after an author's name: a citation, not a date of anything done. */
    private static boolean citation(String text, int start) {
        return CITING.matcher(text.substring(Math.max(0, start - 40), start - 1)).find();
    }

    /** The date of a year, optional month and day (null when the day cannot be one). */
    private static When when(String year, String month, String day) {
        if (month == null) return new When(When.Precision.YEAR, year);
        String ym = year + "-" + two(Months.number(month));
        if (day == null) return new When(When.Precision.YEAR_MONTH, ym);
        int d = Integer.parseInt(day);
        if (d < 1 || d > 31) return null;
        return new When(When.Precision.DAY, ym + "-" + two(d));
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
