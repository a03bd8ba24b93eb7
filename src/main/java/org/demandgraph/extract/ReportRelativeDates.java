package org.demandgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date told relative to the date of the report that tells it: "A Courier story of August 3, 2018 reported that
 * detectives had arrested six men ... the previous month" is July 2018; "In a news release in October 2021, the
 * sheriff said deputies had arrested 13 men ... earlier this year" is 2021. The report's own date dates nothing, so the
 * relative date takes its place; a relative date the report's precision cannot give (a month before a bare year) drops it.
 */
final class ReportRelativeDates {

    /** "last month", "the previous year", "the month before", "earlier this year". */
    private static final Pattern RELATIVE = OperationTriggers.p("\\b(?:(?:last|the\\s+(?:previous|prior|preceding))\\s+(month|year)"
            + "|the\\s+(month|year)\\s+before|earlier\\s+(?:this|that)\\s+(month|year)())\\b");
    /** "A Courier story of August 3, 2018", "an article dated March 2, 2015": the date of a report. */
    private static final Pattern REPORT_OF = OperationTriggers.p("\\b(?:story|article|report|editorial|column|broadcast|statement)\\s+(?:of|dated|published|from|on)\\s+(?:on\\s+)?$");

    /** "more than the previous year", "up from last year": a comparison, no date of the event. */
    private static final Pattern COMPARED = OperationTriggers.p("\\b(?:than|compared\\s+(?:with|to)|from|over|since|as)\\s+$");

    private ReportRelativeDates() {}

    /** The sentence's written dates, with a report's date replaced by the date told relative to it. */
    static List<DateMention> apply(Sentence s, List<DateMention> written) {
        if (written.size() != 1) return written;
        DateMention report = written.get(0);
        if (report.since() || report.until() != null) return written;
        String text = s.text();
        int at = report.start() - s.start(), to = report.end() - s.start();
        Matcher m = RELATIVE.matcher(text).region(to, text.length());
        if (!m.find() || COMPARED.matcher(text.substring(Math.max(0, m.start() - 20), m.start())).find()) return written;
        if (!REPORT_OF.matcher(text.substring(Math.max(0, at - 40), at)).find() && !Segment.reported(text, at, to)) return written;
        String unit = (m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3)).toLowerCase(Locale.ROOT);
        boolean before = m.group(4) == null;
        When r = report.when();
        When when;
        if (unit.equals("year")) {
            when = new When(When.Precision.YEAR, Integer.toString(before ? r.year() - 1 : r.year()));
        } else {
            if (r.precision() == When.Precision.YEAR) return List.of();
            int year = r.year(), month = Integer.parseInt(r.lexical().substring(5, 7));
            if (before && --month == 0) { month = 12; year--; }
            when = new When(When.Precision.YEAR_MONTH, year + "-" + (month < 10 ? "0" + month : Integer.toString(month)));
        }
        return List.of(new DateMention(s.start() + m.start(), s.start() + m.end(), when, false));
    }
}
