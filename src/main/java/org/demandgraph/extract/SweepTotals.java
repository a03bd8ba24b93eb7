package org.demandgraph.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A sweep counts everyone it took in (the convention of round12-check.tsv): "took in 12 people, five of them buyers",
 * "rounded up 21 people, nine of whom were men charged with soliciting" give 12 and 21, while a sting keeps its buyers.
 * The total is the count of people just before the buyers, joined to them by a comma, colon or "including" only. A total
 * told as arrests ("led to 19 arrests, nine of whom were customers", "more than 20 arrests, including 11 men charged with
 * solicitation") keeps the buyers, as the earlier rounds settled: the people noun is what says everyone taken in is counted.
 */
final class SweepTotals {

    /** What may stand between a total and the part of it that follows: ", ", ": ", ", including ". */
    private static final Pattern JOIN = Pattern.compile("^\\s*(?:,|:|—|–|-)?\\s*(?:including\\s+|among\\s+them\\s+|but\\s+(?:only\\s+)?)?$");

    private static final Pattern ARRESTS = Pattern.compile("(?i)\\barrests$");
    /**
     * "ended with 26 people arrested, nine of them buyers", "took 28 people into custody along the interstate, 15 of them
     * buyers": words of the total's own clause may stand before the comma when the part is told as "N of them" buyers (a
     * part told by its charge, "21 people were arrested, 13 of them for trying to buy sex", keeps the buyers, as before).
     */
    private static final Pattern CLAUSE_JOIN = Pattern.compile("^[^.;:,]{0,60}(?:,|:|—|–)\\s*$");
    private static final Pattern OF_THEM = Pattern.compile(
            "(?i)^\\S+\\s+of\\s+(?:them|whom)\\s+(?:were\\s+)?(?:sex\\s+)?(?:buyers|customers|johns|clients|patrons)\\b");

    private SweepTotals() {}

    /** The total of which {@code part} is a part, told just before it, or null. */
    static CountMention totalOf(CountMention part, List<CountMention> counts, String text) {
        CountMention total = null;
        for (CountMention c : counts)
            if (c.end() <= part.start() && c.value() > part.value() && joined(text.substring(c.end(), part.start()), text.substring(part.start(), part.end()))
                    && !ARRESTS.matcher(text.substring(c.start(), c.end())).find()) total = c;
        return total;
    }

    /** "brought in 18 people: 11 women charged with prostitution and seven men charged with soliciting": a later item of the total's list. */
    private static final Pattern LIST_JOIN = Pattern.compile("^\\s*(?::|—|–)\\s*[^.;:]{0,100}?,?\\s+and\\s+$");

    private static boolean joined(String between, String part) {
        return JOIN.matcher(between).matches() || LIST_JOIN.matcher(between).matches() || CLAUSE_JOIN.matcher(between).matches() && OF_THEM.matcher(part).find();
    }
}
