package org.demandgraph.extract;

import java.util.regex.Pattern;

/**
 * A buyer's charge right after a count's noun ("27 people were arrested: 19 men charged with solicitation and eight
 * women"): the men it names are the buyers counted (read by {@link ArrestCounts}).
 */
final class BuyerChargeAfter {

    /** A buyer's charge right after a count's noun: "... men charged with solicitation", "... men arrested for patronizing". */
    static final Pattern PATTERN = Pattern.compile(
            "\\s+(?:were\\s+|had\\s+been\\s+)?(?:charged|cited|arrested|booked|jailed)\\s+(?:with|for)\\s+(?:soliciting|solicitation|patroniz\\w*|patronis\\w*"
            + "|(?:attempting\\s+to\\s+|trying\\s+to\\s+)?(?:buy|purchase)\\s+sex|buying\\s+sex|purchasing\\s+sex)\\b",
            Pattern.CASE_INSENSITIVE);

    private BuyerChargeAfter() {}
}
