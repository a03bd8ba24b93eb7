package org.demandgraph.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 16: a blind, unseen measurement on long narratives. No rule was changed. Three long complete pages, narratives of
 * about 5,100-6,500 characters with headings inside, then Key Partners, Key Sources (news titles) and footer:
 * {@code long-narrative-round16-lorimer.txt} (IN, a large city 1979-2023: street decoys, motel stings with the sheriff,
 * web stings and a named operation with the FBI, an impound ordinance, a prosecutor's class, stay-out orders, a photo
 * gallery, letters, cameras, a county task force and a statewide week, a neighbourhood watch, billboards);
 * {@code long-narrative-round16-tillery-county.txt} (GA, a sheriff-led county with truck-stop stings, two town
 * departments, a regional task force and its named operations, a solicitor-general's diversion, banishment);
 * {@code long-narrative-round16-kellerton.txt} (WI, a mid-size city with named street and online operations, a state
 * agency, the court outcomes of one operation, an impound ordinance). They were written in the site's style by a helper
 * who had not read the extractor, its rule lists nor the earlier pages, and their expected facts
 * ({@code round16-unseen-long.tsv}, conventions in its header) were committed before the first run (09aeccc).
 * {@link #LEFT} is every difference: it records the measurement, and a change of what the extractor finds on these pages
 * fails the test until its line leaves (or joins) the list.
 *
 * <p>First run, extractor of main 484cef5: operations with year and count: precision 0.917 (22/24), recall 0.815
 * (22/27); all operations (exact date, kind, count, name): precision 0.758 (25/33), recall 0.658 (25/38); wrong date:
 * 0, wrong count/bound/kind/name: 6, missed: 7, false: 2; operations dated by a non-event year: 0; agencies of
 * operations found right: precision 0.862 (25/29), recall 0.806 (25/31); actors: precision 0.938 (15/16), recall 0.938
 * (15/16); tactics: precision 1.000 (30/30), recall 0.938 (30/32). These figures estimate unseen text.
 *
 * <p>Bound convention corrected in the expectations after the first run (the lead's brief had said "more than N" is
 * AT_LEAST; the project writes MORE_THAN): no figure changed (the "more than 30" operation is missed either way; its missed line now reads MORE_THAN). LEFT is that run's differences.
 *
 * <p>After fix16bcounts: operations with year and count precision 1.000 (24/24), recall 0.889 (24/27) | operations dated by a non-event year: 0 (before precision 0.917 (22/24), recall 0.815 (22/27); non-event years 0 before).
 * <p>After fix16bagents: actors 1.000 (16/16) / 1.000 (was 0.938), tactics 1.000 (32/32) / 1.000 (was 0.938), agencies 0.931 (27/29) / 0.871 (27/31) (units after "its" are their agency).
 *
 * <p>First sight after the first round-16 fixes (fix16counts, fix16kinds, fix16agents, merged at integ16 7ebd568; none
 * of them read these pages): every figure and difference as on the first run. The fix16b* helpers then tuned on these
 * pages.

 *
 * <p>After fix18agents (second agencies in later clauses and sentences, joint practices' members, partners borrowed,
 * "the department" and bare "officers" in a city, statewide bystanders, names with an ordinal): agencies: precision
 * 0.967 (29/30), recall 0.906 (29/32).
 */
class SixteenthRoundLongTest {

    /** Every difference of the first run. */
    static final List<String> LEFT = List.of(
            "long-narrative-round16-lorimer.txt ¶2 agencies of 2004-06 street reverse sting 31 EXACT: expected [Lorimer Metropolitan Police Department], got []",
            "long-narrative-round16-lorimer.txt ¶4 agencies of 2021-01 web sting 11 EXACT: expected [Lorimer Metropolitan Police Department], got [Lorimer Metropolitan Police Department, Tamsen County Human Trafficking Task Force]",
            "long-narrative-round16-tillery-county.txt ¶3 agencies of 2015 web sting 22 EXACT: expected [Georgia Bureau of Investigation, Tillery County Sheriff’s Office], got [Georgia Bureau of Investigation]",
            "long-narrative-round16-kellerton.txt ¶2 agencies of 2013-03 web sting 16 EXACT Operation Vacancy: expected [Dunmore County Sheriff’s Office, Kellerton Police Department], got [Dunmore County Sheriff’s Office]",
            "long-narrative-round16-lorimer.txt ¶1 details: expected - since 1979 recurring street reverse sting, got - since 1979 recurring reverse sting",
            "long-narrative-round16-lorimer.txt ¶1 details: expected 1983-08 street reverse sting 112 EXACT, got 1983-08 reverse sting 112 EXACT",
            "long-narrative-round16-lorimer.txt ¶3 missed: - since 2007 recurring web sting",
            "long-narrative-round16-lorimer.txt ¶3 missed: 2007 web sting 9 EXACT",
            "long-narrative-round16-lorimer.txt ¶8 missed: 2016 task force",
            "long-narrative-round16-lorimer.txt ¶8 details: expected 2018-09 web sting 26 EXACT Operation Crossroads, got 2018-09 reverse sting 26 EXACT Operation Crossroads",
            "long-narrative-round16-tillery-county.txt ¶1 details: expected 1999-10 reverse sting 13 EXACT, got 1999-10 enforcement operation 13 EXACT",
            "long-narrative-round16-tillery-county.txt ¶4 missed: 2017 task force",
            "long-narrative-round16-tillery-county.txt ¶5 missed: - since 2019 recurring web sting",
            "long-narrative-round16-tillery-county.txt ¶5 missed: 2022-02 web sting 30 MORE_THAN",
            "long-narrative-round16-kellerton.txt ¶1 missed: 2008-05 street reverse sting 12 APPROXIMATELY Operation Night Shift II",
            "long-narrative-round16-kellerton.txt ¶3 details: expected 2019-11 web sting 33 EXACT Operation Open House 2, got 2019-11 web sting 33 EXACT Operation Open House",
            "long-narrative-round16-kellerton.txt ¶1 false: - since 2005 recurring enforcement operation [Kellerton Police Department]",
            "long-narrative-round16-lorimer.txt ¶4 false: - since 2016 recurring web sting [Lorimer Metropolitan Police Department, Tamsen County Human Trafficking Task Force]");

    @Test
    void longPages() {
        LongNarrativeEvaluation.check("round16-unseen-long.tsv", LEFT);
    }
}
