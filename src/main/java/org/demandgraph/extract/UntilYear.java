package org.demandgraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a sentence closes on after "not ... until" ("Police did not go after buyers until 2012.", "Officers had never
 * arrested a buyer until 2014."), or whose reason follows it ("did not target buyers until 2016, after residents ..."):
 * the year the work began, which dates a month or season told right after it ("That May, ...", "In August, ...", "That
 * summer ..."). It times no operation itself ({@link Dates} keeps skipping a deadline): it is only the year the
 * paragraph's next relative dates count from.
 */
final class UntilYear {

    private static final Pattern NOT_UNTIL = Pattern.compile(
            "\\b(?:not|never|no)\\b[^.;:]*?\\buntil\\s+(?:(?:the\\s+)?(?:(?:early|late)\\s+)?(?:spring|summer|fall|autumn|winter|end)\\s+of\\s+)?((?:19|20)\\d\\d)\\s*(?:[.!]?\\s*$"
            // "did not go after buyers until 2014, after shop owners asked the council for help": the reason told after it
            + "|,\\s+(?:after|following|once|when)\\b[^;:]*$)",
            Pattern.CASE_INSENSITIVE);

    private UntilYear() {}

    /** The year {@code s} closes on after "not ... until", or null. */
    static Integer of(Sentence s) {
        if (!s.text().contains("until")) return null;
        Matcher m = NOT_UNTIL.matcher(s.text());
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
