package org.demandgraph.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 21 unseen, part c: a blind measurement on eight short pages ({@code short-page-round21-c-*.txt}) in the form of
 * the hidden test set, places invented in ME, NH, VT, NY, PA, OH, MI and IL: four captured up to about 2,000 characters
 * ending at a sentence boundary (a large New York city with street decoys since 1977, an impound ordinance and web stings;
 * a New Hampshire town's first web stings with the state police; an Ohio county with a task force, a named yearly
 * operation over a dated range and truck-stop decoys; a Michigan city with a neighbours' group, letters, street stings,
 * a prosecutor's vehicle seizures and cameras) and four complete short pages with Key Partners, Key Sources (news
 * titles) and footer (a Maine county's sheriff web stings, a Vermont town with two operations 23 years apart, a
 * Pennsylvania city with decoys since 1993, a district attorney's class and a named joint operation, an Illinois city's
 * 2020-2024 stings). They were written by a helper who had read the real development set for style only and had not
 * read the extractor, docs/extraction.md nor any fixture text, and their expected facts ({@code round21-unseen-c.tsv})
 * were committed before the first run (b9289bf). No rule was changed and no expectation was changed after the run.
 * {@link #LEFT} is every difference printed on the first run.
 *
 * <p>First run, extractor of main b69a378 (8 pages): operations with year and count: precision 1.000 (22/22), recall
 * 0.957 (22/23); all operations (exact date, kind, count, name): precision 0.765 (26/34), recall 0.722 (26/36); wrong
 * date: 0, wrong count/bound/kind/name: 8, missed: 2, false: 0; operations dated by a non-event year: 0; agencies of
 * operations found right: precision 0.867 (26/30), recall 0.703 (26/37); actors: precision 0.962 (25/26), recall 1.000
 * (25/25); tactics: precision 1.000 (39/39), recall 0.975 (39/40).
 */
class TwentyFirstRoundCUnseenTest {

    /** Every difference printed on the first run. */
    static final List<String> LEFT = List.of(
            "short-page-round21-c-ransford.txt ¶3 agencies of 2014 web sting 12 MORE_THAN: expected [New York State Police, Ransford Police Department], got [New York State Police]",
            "short-page-round21-c-dunmore-falls.txt ¶2 agencies of 2018-04 web sting 7 EXACT: expected [Dunmore Falls Police Department, New Hampshire State Police], got [New Hampshire State Police]",
            "short-page-round21-c-dunmore-falls.txt ¶2 agencies of 2018-10 web sting 4 EXACT: expected [Dunmore Falls Police Department], got [New Hampshire State Police]",
            "short-page-round21-c-brackett-rapids.txt ¶2 agencies of 1991 vehicle seizure programme: expected [Lenton County Prosecutor’s Office], got [Lenton County Sheriff’s Department]",
            "short-page-round21-c-penwick-county.txt ¶1 agencies of 2019-05 web sting 9 EXACT: expected [Hollis Mills Police Department, Maine State Police, Penwick County Sheriff’s Office], got [Hollis Mills Police Department, Maine State Police]",
            "short-page-round21-c-coldbrook.txt ¶1 agencies of 1999-07 reverse sting 8 EXACT: expected [Coldbrook Police Department, Vermont State Police], got [Vermont State Police]",
            "short-page-round21-c-tillbury.txt ¶1 agencies of 1993-04 street reverse sting 11 EXACT: expected [Tillbury Bureau of Police], got [Tillbury Police Department]",
            "short-page-round21-c-tillbury.txt ¶2 agencies of 2015-10-08..2015-10-10 web sting 18 EXACT Operation Back Porch: expected [Pennsylvania Office of Attorney General, Tillbury Bureau of Police], got []",
            "short-page-round21-c-tillbury.txt ¶2 agencies of 2021-07 web sting 9 EXACT: expected [Tillbury Bureau of Police], got [Tillbury Police Department]",
            "short-page-round21-c-oswick.txt ¶1 agencies of 2024-04 web sting 9 EXACT: expected [Illinois State Police, Marlow County Sheriff’s Office, Oswick Police Department], got [Illinois State Police, Marlow County Sheriff’s Office]",
            "short-page-round21-c-ransford.txt ¶1 details: expected 1977 street reverse sting 19 EXACT, got 1977 enforcement operation 19 EXACT",
            "short-page-round21-c-ransford.txt ¶1 details: expected 1978 street reverse sting 12 EXACT, got 1978 enforcement operation 12 EXACT",
            "short-page-round21-c-ransford.txt ¶1 details: expected - since 1977 recurring street reverse sting, got - since 1978 recurring reverse sting",
            "short-page-round21-c-ransford.txt ¶1 details: expected 1986-05 street reverse sting 45 APPROXIMATELY, got 1986-05 reverse sting 45 APPROXIMATELY",
            "short-page-round21-c-dunmore-falls.txt ¶2 missed: - since 2018 recurring web sting",
            "short-page-round21-c-brackett-rapids.txt ¶2 details: expected 1988-06 street reverse sting 14 EXACT, got 1988-06 reverse sting 14 EXACT",
            "short-page-round21-c-brackett-rapids.txt ¶2 details: expected - recurring street reverse sting, got - recurring enforcement operation",
            "short-page-round21-c-brackett-rapids.txt ¶2 missed: 1992-10 street reverse sting 23 EXACT",
            "short-page-round21-c-penwick-county.txt ¶1 details: expected 2023-09 web sting 6 AT_LEAST, got 2023-09 reverse sting 6 AT_LEAST",
            "short-page-round21-c-tillbury.txt ¶1 details: expected - since 1993 recurring street reverse sting, got - recurring reverse sting",
            "short-page-round21-c-tillbury.txt actor false: Tillbury Police Department",
            "short-page-round21-c-ransford.txt tactic missed: IDENTITY_DISCLOSURE");

    @Test
    void checkPages() {
        LongNarrativeEvaluation.check("round21-unseen-c.tsv", LEFT);
    }
}
