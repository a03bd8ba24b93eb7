package org.demandgraph.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 12: a blind, unseen measurement on long narratives. No rule was changed. Three long complete pages
 * ({@code long-narrative-round12-bramhall.txt}, a large city 1979-2023 with street and web stings, a task force, a named
 * annual operation, an impound ordinance, a john school, names and letters; {@code long-narrative-round12-wyeth-county.txt},
 * a sheriff-led county with joint operations with its towns, two statewide initiatives and court outcomes;
 * {@code long-narrative-round12-harwick.txt}, a mid-size city told mostly as practices and programmes, with traps),
 * 4,600-4,800 characters of narrative each, written in the site's style by a helper who had not read the extractor, its
 * rule lists nor the earlier fixtures. Their expected facts ({@code round12-unseen-long.tsv}, conventions in its header)
 * were committed before the first run (c7996bd). {@link #LEFT} is every difference: it records the measurement, and a
 * change of what the extractor finds on these pages fails the test until its line leaves (or joins) the list.
 *
 * <p>First run, extractor of main 0e1c7d9: operations with year and count 1.000 (15/15) / 0.714 (15/21); all operations
 * 0.727 (16/22) / 0.516 (16/31), 0 wrong dates, 6 wrong details, 9 missed, 0 false, none dated by a non-event year;
 * agencies of the operations found 0.895 (17/19) / 0.630 (17/27); actors 0.846 (11/13) / 0.688 (11/16); tactics 1.000
 * (32/32) / 1.000 (32/32).
 * After tidy12's street convention two street-kind lines left; harwick ¶2's May 2017 sting (a web sting) now reads as the street
 * practice's kind instead of a plain reverse sting, still wrong.
 * After fix12series (follow-ups, series, editions): operations with year and count 1.000 (20/20) / 0.952 (20/21), all
 * operations 0.815 (22/27) / 0.710 (22/31). Five lines left; harwick ¶2's February 2020 sting is found with the kind of
 * the May 2017 one it follows (still read as a street sting) and wyeth ¶2's 2007 effort misses the sheriff's office as its
 * practice does (new lines replacing missed ones).
 * After fix12single: all operations precision 0.870 (20/23), recall 0.645 (20/31); harwick ¶2's practice worked online
 * since 2014 is found and its May 2017 sting is a web sting (two lines left).
 * After fix12agents (agencies, actors, tactics): agencies of the operations found 1.000 (29/29) / 1.000 (29/29), was 0.905
 * (19/21) / 0.655 (19/29) on main d0f40e3; actors 1.000 (16/16) / 1.000 (16/16), was 0.846 / 0.688; operations and tactics
 * unchanged. 16 lines left: the county sheriff's office by "deputies", "the sheriff's office", "sheriff's investigators"
 * and "the unit", the task force's founders, the prosecutor running the class, the health department's campaign, "Its
 * Community Policing Unit".
 * <p>All round-12 fixes merged (fix12series, fix12single, fix12agents): operations with year and count 1.000 (20/20) /
 * 0.952 (20/21); all operations 0.893 (25/28) / 0.806 (25/31), 0 false; agencies 1.000 (40/40) / 1.000; actors 1.000
 * (16/16) / 1.000; tactics 1.000 (32/32) / 1.000. These pages are tuned on now: only the first-run figures estimate
 * unseen text.
 */
class TwelfthRoundLongTest {

    /** Every difference left after all round-12 fixes. */
    static final List<String> LEFT = List.of(
            "long-narrative-round12-bramhall.txt ¶6 missed: 1996 vehicle seizure programme",
            "long-narrative-round12-wyeth-county.txt ¶2 details: expected 2005-07 reverse sting 14 EXACT, got 2005-07 enforcement operation 14 EXACT",
            "long-narrative-round12-harwick.txt ¶1 missed: 1997-06 street reverse sting 13 EXACT");

    @Test
    void longPages() {
        LongNarrativeEvaluation.check("round12-unseen-long.tsv", LEFT);
    }
}
