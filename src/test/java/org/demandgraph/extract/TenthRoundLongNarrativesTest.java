package org.demandgraph.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 10: three long complete pages written blind (Corbin Bay, a large city with a yearly named operation, a regional
 * task force and a national initiative; Halvard County, a county with parenthesised since-years, a pause, paired counts
 * and a named annual sweep; Brannock, a mid-size city told from 1984 to 2024 with a task force, a named January sting,
 * "respectively" counts and a federal partner). Every expected fact is in {@code round10-long-narratives.tsv},
 * committed before the extractor was first run on them (commit fbb26a6).
 *
 * <p>First run (extractor of main d161e51): operations with year and count precision 0.850 (17/20), recall 0.630
 * (17/27); all operations (exact date, kind, count, name) 0.484 (15/31) / 0.349 (15/43); 16 missed, 12 with a wrong
 * count, kind or name, 4 false (a year's total told "in all ... during 2022" after an annual report, "added web stings
 * in 2012" taken as one sting, a year's total followed by "the following February" taken as a sting of that month, a
 * press conference's day taken as a named sweep's date), 2 dated by a non-event year; agencies of operations found
 * right 0.947 (18/19) / 0.947 (18/19); actors 1.000 (16/16) / 0.842 (16/19); tactics 0.941 (16/17) / 0.842 (16/19)
 * (one false: another town's letters after a semicolon).
 *
 * <p>After the general fixes of this round (see docs/extraction.md, Round 10: long narratives): operations with year and
 * count 1.000 (24/24) / 0.889 (24/27); all operations 0.842 (32/38) / 0.744 (32/43); 5 missed, 6 with another kind, 0
 * false, 0 dated by a non-event year; agencies 0.981 (51/52) / 0.895 (51/57); actors 1.000 / 1.000 (19/19); tactics 1.000
 * (18/18) / 0.947 (18/19).
 */
class TenthRoundLongNarrativesTest {

    /**
     * The differences still left, each a shape this round did not handle: decoys or officers posing "on" a named street,
     * which this round's expectations call street stings but rounds 2–9 call plain reverse stings (the earlier convention is
     * kept, so six differ); bare "joint stings" whose paragraph names no buyer, with "One in June 2004 led to seven arrests,
     * and two more in 2006 led to nine and twelve" after them; cars "towed under a 1997 city ordinance" after "Men arrested
     * in Corbin Bay stings"; a resignation in a sentence that also tells the buyer's sentencing; and the agency rules' part (a named
     * operation's and a task force's members, "the sheriff's office" beside a named department, a task force counted among
     * its own founders), agents10's remit.
     */
    static final List<String> LEFT = List.of(
            "long-narrative-corbin-bay.txt ¶5 agencies of 2015-07-09..2015-07-12 reverse sting 48 EXACT Operation Safe Harbor: expected [Alvera County Sheriff’s Department, Corbin Bay Police Department], got [Alvera County Sheriff’s Department]",
            "long-narrative-corbin-bay.txt ¶5 agencies of 2018 reverse sting 60 APPROXIMATELY Operation Safe Harbor: expected [Alvera County Sheriff’s Department, Corbin Bay Police Department], got [Alvera County Sheriff’s Department]",
            "long-narrative-corbin-bay.txt ¶5 agencies of 2023-06-28..2023-07-02 reverse sting 71 EXACT Operation Safe Harbor: expected [Alvera County Sheriff’s Department, Corbin Bay Police Department], got [Alvera County Sheriff’s Department]",
            "long-narrative-corbin-bay.txt ¶7 agencies of 2021-03 web sting 31 EXACT: expected [Alvera County Sheriff’s Department, Bayshore Regional Human Trafficking Task Force, California Highway Patrol, Corbin Bay Police Department, Homeland Security Investigations], got [Bayshore Regional Human Trafficking Task Force, California Highway Patrol, Corbin Bay Police Department, Homeland Security Investigations]",
            "long-narrative-brannock.txt ¶8 agencies of 2019-07 enforcement operation 12 EXACT: expected [Brannock Police Department, Homeland Security Investigations, Tessel County Sheriff’s Office], got [Brannock Police Department, Homeland Security Investigations]",
            "long-narrative-brannock.txt ¶13 agencies of 2024-04 web sting 12 APPROXIMATELY: expected [Brannock Police Department, Tessel County Sheriff’s Office], got [Brannock Police Department]",
            "long-narrative-corbin-bay.txt ¶10 missed: 1997 vehicle seizure programme",
            "long-narrative-halvard-county.txt ¶2 missed: 2003..2007 recurring reverse sting",
            "long-narrative-halvard-county.txt ¶2 missed: 2004-06 reverse sting 7 EXACT",
            "long-narrative-halvard-county.txt ¶2 missed: 2006 reverse sting 9 EXACT",
            "long-narrative-halvard-county.txt ¶2 missed: 2006 reverse sting 12 EXACT",
            "long-narrative-brannock.txt ¶7 details: expected 2017-05 street reverse sting 11 EXACT, got 2017-05 reverse sting 11 EXACT",
            "long-narrative-brannock.txt ¶7 details: expected 2017-09 street reverse sting 16 EXACT, got 2017-09 reverse sting 16 EXACT",
            "long-narrative-brannock.txt tactic missed: EMPLOYMENT_LOSS");

    @Test
    void longNarratives() {
        LongNarrativeEvaluation.check("round10-long-narratives.tsv", LEFT);
    }
}
