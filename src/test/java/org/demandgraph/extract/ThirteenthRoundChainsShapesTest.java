package org.demandgraph.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Operations told as dated counts in a paragraph about stings, in three wordings of our own
 * ({@code short-page-round13-chains-shapes-*.txt}, expected facts in {@code round13-chains-shapes.tsv}, committed before
 * the rule): "one such operation led to 13 arrests; in August 2013 another led to 7 arrests", "Others came in April 2008
 * (15 arrests) and July 2009 (6 arrests)", "An operation in September 2016 ended with 17 arrests, and one in May 2018
 * ended with 11 arrests", with totals, rates, a statewide count, a survey year and another place's stings beside them.
 * See {@link StingParagraph} and docs/extraction.md, "Round 13: operations in sequences and dated counts".
 */
class ThirteenthRoundChainsShapesTest {

    static final List<String> LEFT = List.of();

    @Test
    void shapes() {
        LongNarrativeEvaluation.check("round13-chains-shapes.tsv", LEFT);
    }
}
