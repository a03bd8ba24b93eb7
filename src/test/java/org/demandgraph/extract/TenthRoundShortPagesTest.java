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
            "short-page-belrose-county.txt ¶2 agencies of 2016 reverse sting 11 EXACT: expected [Belrose County Sheriff’s Office], got []",
            "short-page-belrose-county.txt ¶2 agencies of 2016 reverse sting 7 EXACT: expected [Belrose County Sheriff’s Office], got []",
            "short-page-tiernan-county.txt ¶1 agencies of - recurring reverse sting: expected [Tiernan County Sheriff’s Office], got []",
            "short-page-fairhaven-junction.txt ¶2 agencies of - since 2011 recurring web sting: expected [Fairhaven Junction Police Department], got []",
            "short-page-dunford-springs.txt ¶2 missed: 2021-08 web sting 14 EXACT",
            "short-page-belrose-county.txt ¶1 missed: 2013-05 street reverse sting 9 EXACT",
            "short-page-wrenfield.txt ¶1 details: expected - recurring street reverse sting, got - recurring reverse sting",
            "short-page-wrenfield.txt ¶1 details: expected - recurring web sting, got - recurring reverse sting",
            "short-page-lanier-cove.txt ¶1 details: expected 2004-11 street reverse sting 8 EXACT, got 2004-11 reverse sting 8 EXACT",
            "short-page-lanier-cove.txt ¶1 details: expected 2007 street reverse sting 11 EXACT, got 2007 reverse sting 11 EXACT",
            "short-page-lanier-cove.txt ¶1 details: expected 2007 street reverse sting 6 EXACT, got 2007 reverse sting 6 EXACT",
            "short-page-morrow-township.txt ¶2 missed: 2020-10 web sting 5 EXACT",
            "short-page-tiernan-county.txt ¶2 missed: 2017-03 reverse sting 12 EXACT",
            "short-page-fairhaven-junction.txt ¶2 details: expected - since 1992 recurring street reverse sting, got - since 1992 recurring reverse sting",
            "short-page-dellacourt-parish.txt ¶2 details: expected 2017-02 web sting 26 EXACT, got 2017-02 enforcement operation 26 EXACT",
            "short-page-dellacourt-parish.txt ¶3 false: - enforcement operation 58 EXACT []",
            "short-page-hatcher-county.txt ¶2 false: 2020 reverse sting 12 EXACT []",
            "short-page-morrow-township.txt ¶1 false: 2016 enforcement operation 2 EXACT [Morrow Township Police Department]",
            "short-page-tiernan-county.txt ¶2 false: 2017 enforcement operation 41 EXACT []",
            "short-page-hatcher-county.txt actor false: Hatcher County Sheriff’s Office",
            "short-page-tiernan-county.txt actor missed: Tiernan County Sheriff’s Office",
            "short-page-eastwick-falls.txt tactic missed: IDENTITY_DISCLOSURE",
            "short-page-eastwick-falls.txt tactic false: LICENSE_SUSPENSION",
            "short-page-hatcher-county.txt tactic false: REVERSE_STINGS",
            "short-page-morrow-township.txt tactic missed: REVERSE_STINGS",
            "short-page-silver-mesa.txt tactic false: JOHN_SCHOOL",
            "short-page-tiernan-county.txt tactic missed: IDENTITY_DISCLOSURE",
            "short-page-wrenfield.txt tactic missed: WEB_STINGS");

    @Test
    void shortPages() {
        LongNarrativeEvaluation.check("round10-short-pages.tsv", LEFT);
    }
}
