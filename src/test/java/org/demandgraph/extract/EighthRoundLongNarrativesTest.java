package org.demandgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 8: three long narratives shaped like full pages (Harlow Bend, a city with a task force and a yearly named
 * operation; Wilcombe County, a county whose stings stopped and resumed online, with a yearly named operation; Fenwood,
 * a city with a pause, a task force and its yearly operation), each over 20 years told chronologically with relative
 * dates ("that August", "the following spring", "two months later", "the next January"), totals across years, a john
 * school suspended and resumed, ranges, approximate counts, quotes, surveys, announcements and sentencings. Every
 * expected fact is in {@code round8-long-narratives.tsv}, committed before the extractor was first run on them
 * (commit 81f12af).
 */
class EighthRoundLongNarrativesTest {

    /** The differences still left, each a shape this round did not handle (see docs/extraction.md, Round 8). */
    static final List<String> LEFT = List.of();

    @Test
    void longNarratives() {
        LongNarrativeEvaluation e = LongNarrativeEvaluation.of("round8-long-narratives.tsv");
        System.out.println(e.figures());
        e.differences().forEach(d -> System.out.println("  " + d));
        assertEquals(LEFT, e.differences());
    }
}
