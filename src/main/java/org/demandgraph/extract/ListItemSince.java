package org.demandgraph.extract;

import java.util.regex.Pattern;

/**
 * A since-year of a later item of a list of practices: "relied on street-level reverse stings; web-based stings; ...;
 * and, since 2021, a chatbot that answers sex-buying ads", "street decoy operations, online stings and, since 2017, a
 * hotline". It dates that item only, never the stings listed before it.
 */
final class ListItemSince {

    /** What parts two items of a list: "; " or a comma. */
    private static final Pattern BETWEEN = Pattern.compile("[;,]\\s");
    /** A since-year followed by a noun phrase of its own: ", a chatbot that ...", " an ordinance ...", not "a dozen". */
    private static final Pattern AFTER = Pattern.compile(
            "\\s*,?\\s*(?:a|an)\\s+(?!(?:dozen|few|handful|number|total|couple|series|string|year|week|month|time|half|third|quarter|score|hundred)\\b)[\\w-]+",
            Pattern.CASE_INSENSITIVE);

    private ListItemSince() {}

    /** Whether {@code since}, told after a trigger ending at {@code triggerEnd} (sentence offset), opens a later list item. */
    static boolean ofLaterItem(Sentence s, int triggerEnd, DateMention since) {
        int at = since.start() - s.start(), end = since.end() - s.start();
        return at > triggerEnd && BETWEEN.matcher(s.text().substring(triggerEnd, at)).find()
                && AFTER.matcher(s.text()).region(end, s.text().length()).lookingAt();
    }
}
