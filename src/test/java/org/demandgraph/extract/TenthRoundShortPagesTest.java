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

    static final List<String> CHECK_LEFT = List.of(
            "short-page-check-rushford-bay.txt ¶3 agencies of 2019 web sting 22 EXACT Operation Riptide: expected [Oregon State Police, Rushford Bay Police Department], got [Oregon State Police]",
            "short-page-check-merritt-county.txt ¶2 agencies of 2012 reverse sting 7 EXACT: expected [Fenner Police Department, Merritt County Sheriff’s Office, Oakton Police Department], got []",
            "short-page-check-merritt-county.txt ¶2 agencies of 2014 reverse sting 5 EXACT: expected [Fenner Police Department, Merritt County Sheriff’s Office, Oakton Police Department], got []",
            "short-page-check-merritt-county.txt ¶2 agencies of 2014 reverse sting 10 EXACT: expected [Fenner Police Department, Merritt County Sheriff’s Office, Oakton Police Department], got []",
            "short-page-check-quenby.txt ¶1 details: expected - recurring reverse sting, got - recurring web sting",
            "short-page-check-quenby.txt ¶1 missed: - since 2012 recurring web sting",
            "short-page-check-sable-ridge.txt ¶1 missed: - since 2015 recurring web sting",
            "short-page-check-sable-ridge.txt ¶2 details: expected 2021-06 web sting 24 EXACT, got 2021-06 enforcement operation 24 EXACT",
            "short-page-check-pollard-county.txt actor missed: Pollard County Sheriff’s Office");

    @Test
    void shortPages() {
        LongNarrativeEvaluation.check("round10-short-pages.tsv", LEFT);
    }

    @Test
    void checkPages() {
        LongNarrativeEvaluation.check("round10-check-short-pages.tsv", CHECK_LEFT);
    }
}
