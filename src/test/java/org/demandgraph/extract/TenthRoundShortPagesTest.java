package org.demandgraph.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 10: twelve short complete pages ({@code short-page-*.txt} of round 10: title, printed list, a narrative of
 * 1,000–1,600 characters, Key Partners, Key Sources with news titles, footer), in the form the judges measure,
 * scored against {@code round10-short-pages.tsv}, committed before the extractor was first run on them (10feec6).
 */
class TenthRoundShortPagesTest {

    static final List<String> LEFT = List.of(
            "short-page-morrow-township.txt ¶2 agencies of 2020-10 web sting 5 EXACT: expected [Keller County District Attorney’s Office, Morrow Township Police Department, Pennsylvania State Police], got [Morrow Township Police Department, Pennsylvania State Police]",
            "short-page-fairhaven-junction.txt ¶2 details: expected - since 1992 recurring street reverse sting, got - since 1992 recurring reverse sting");

    @Test
    void shortPages() {
        LongNarrativeEvaluation.check("round10-short-pages.tsv", LEFT);
    }
}
