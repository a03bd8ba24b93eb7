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
    private static final Pattern JOIN = Pattern.compile("^\\s*(?:,|:|—|–|-)?\\s*(?:including\\s+|among\\s+them\\s+)?$");

    private static final Pattern ARRESTS = Pattern.compile("(?i)\\barrests$");

    private SweepTotals() {}

    /** The total of which {@code part} is a part, told just before it, or null. */
    static CountMention totalOf(CountMention part, List<CountMention> counts, String text) {
        CountMention total = null;
        for (CountMention c : counts)
            if (c.end() <= part.start() && c.value() > part.value() && JOIN.matcher(text.substring(c.end(), part.start())).matches()
                    && !ARRESTS.matcher(text.substring(c.start(), c.end())).find()) total = c;
        return total;
    }
}
