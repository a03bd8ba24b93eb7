package org.demandgraph.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 12 check: a blind measurement on fourteen pages ({@code short-page-round12-check-*.txt}) in the form of the
 * hidden test set: nine captured up to about 2,000 characters of narrative and ending at a sentence boundary, three
 * complete short pages (Key Partners, Key Sources with news titles, footer) and two long complete pages of 4,000-5,500
 * narrative characters; large cities, a borough, sheriff-led counties with their towns, a state; pages dense with dated
 * stings and counts, pages mostly of practices and programmes, a page whose enforcement falls mostly on sellers and
 * traffickers, and traps (indictment, sentencing, survey, study and announcement years, period and statewide totals,
 * proposals never adopted, a bill that died, other towns' practices). They were written by a helper who had read the
 * real development set for style only and had not read the extractor, docs/extraction.md nor any fixture text, and
 * their expected facts ({@code round12-check.tsv}) were committed before the first run (e2807c9). No rule was
 * changed and no expectation was changed after the run. {@link #LEFT} is every difference printed on the first run:
 * it records the measurement, and a change of what the extractor finds on these pages fails the test until its line
 * leaves (or joins) the list.
 *
 * <p>First run, extractor of main 346b79c: operations with year and count precision 0.871 (27/31), recall 0.551
 * (27/49); all operations (exact date, kind, count, name) precision 0.510 (26/51), recall 0.356 (26/73); 1 wrong date,
 * 20 wrong count/bound/kind/name, 26 missed, 4 false; 3 operations dated by a non-event year; agencies of the operations
 * found right precision 0.941 (32/34), recall 0.865 (32/37); actors precision 1.000 (36/36), recall 0.766 (36/47);
 * tactics precision 0.987 (75/76), recall 0.872 (75/86). Split: the twelve short pages give operations with year and
 * count 0.875 (14/16) / 0.467 (14/30), all operations 0.536 (15/28) / 0.319 (15/47), actors 1.000 (28/28) / 0.778
 * (28/36), tactics 1.000 (59/59) / 0.894 (59/66); the two long pages give operations with year and count 0.867
 * (13/15) / 0.684 (13/19), all operations 0.478 (11/23) / 0.423 (11/26), actors 1.000 (8/8) / 0.727 (8/11), tactics
 * 0.941 (16/17) / 0.800 (16/20).
 * <p>On the extractor with all round-12 fixes merged (fix12series, fix12single, fix12agents, written without seeing these
 * pages, so still a first sight): operations with year and count 0.900 (27/30) / 0.551 (27/49); all operations 0.520
 * (26/50) / 0.356 (26/73), 3 false, 2 dated by a non-event year; agencies 1.000 (33/33) / 0.892 (33/37); actors 1.000
 * (37/37) / 0.787 (37/47); tactics 0.987 (78/79) / 0.907 (78/86). The fixes lifted actors and tactics on unseen text
 * but not operation recall. {@link #LEFT} holds the differences of this merged extractor.
 * <p>After fix13agents (round 13, rules written from our own wordings in {@code round13-agent-shapes-*.txt}, then run on
 * these pages): agencies 1.000 (37/37) / 0.925 (37/40); actors 1.000 (45/45) / 0.957 (45/47); tactics 1.000 (84/84) /
 * 0.977 (84/86); the 2010 vice team's formation now found (operations with year and count unchanged). Left in this area:
 * the state police whose troopers "worked together" with deputies (the statewide push's launch names it, the sting's
 * sentence only "troopers"), a town's police named only as "Garnet Falls police officers" in an operation not found, and
 * a page's sting and web-sting tactics told only in operations not found.
 * <p>After fix13singles: operations with year and count 1.000 (28/28) / 0.571 (28/49); all operations 0.843 (43/51) /
 * 0.589 (43/73), 0 false, none dated by a non-event year; agencies 1.000 (51/51) / 0.850 (51/60, more operations now
 * compared); actors 1.000 (37/37) / 0.787; tactics 0.988 (79/80) / 0.919 (79/86).
 * (Rules written on shapes of our own, {@code round13-singles-shapes.tsv}, then run here): the two
 * totals "since" a year reported on a date are no longer operations; eleven generic operations take the method their
 * sentence or paragraph tells (web or street). Four of those lines are replaced by an agency line of the same operation,
 * now compared since its kind is right (a closer reading, not a new error). Street decoys pursuing buyers since a year
 * (carverton, rensford) are a street practice since then; "to start reverse stings in 1999, with female officers posing ..."
 * is a street practice since 1999 (no 1999 operation), and "Since 2014, most of the department’s stings have been
 * conducted online" a web practice since 2014; men charged in March "arrested the previous November" were arrested that November.
 * <p>After fix13chains ({@link StingParagraph}: in a paragraph about a sting of a known kind, a clause with its own event
 * date and a count of arrests is one of its operations; {@link GappedCounts}: "; the 2018 round, to 45"): operations with
 * year and count 0.925 (37/40) / 0.755 (37/49); all operations 0.550 (33/60) / 0.452 (33/73), still 3 false, 2 dated by a
 * non-event year; agencies 1.000 (43/43) / 0.878 (43/49); actors 1.000 (38/38) / 0.809 (38/47); tactics unchanged. Three
 * "missed" lines became "details" lines (the operation is found; only its street kind, a practice-kind matter, is left).
 * {@link #LEFT} holds the differences after it.
 * <p>All three round-13 fixes merged (fix13agents, fix13singles, fix13chains; tuned on these pages, so no longer a first
 * sight): operations with year and count 1.000 (39/39) / 0.796 (39/49); all operations 0.825 (52/63) / 0.712 (52/73), 0
 * false, none dated by a non-event year; agencies 1.000 (66/66) / 0.868 (66/76); actors 1.000 (45/45) / 0.957 (45/47);
 * tactics 1.000 (85/85) / 0.988 (85/86). {@link #LEFT} holds what the three together leave.
 * <p>After fix16bagents: fennimore-county's Indiana State Police (Key Partners) is an actor.
 *
 * <p>After fix18counts: ashcombe's 2017-06 share is counted (71); operations with year and count precision 1.000
 * (40/40), recall 0.816 (40/49) (was 39/49).
 */
class TwelfthRoundCheckTest {

    /** Every difference left after the round-13 fixes. */
    static final List<String> LEFT = List.of(
            "short-page-round12-check-carverton.txt ¶2 agencies of 2015-11 web sting 30 MORE_THAN: expected [Carverton Division of Police, Ridley County Sheriff’s Office], got [Ridley County Sheriff’s Office]",
            "short-page-round12-check-carverton.txt ¶3 agencies of 1997 vehicle seizure programme: expected [Carverton Division of Police], got []",
            "short-page-round12-check-tallis-county.txt ¶1 agencies of 2014-06 street reverse sting 9 EXACT: expected [Rowan Springs Police Department, Tallis County Sheriff’s Office], got [Tallis County Sheriff’s Office]",
            "short-page-round12-check-tallis-county.txt ¶1 agencies of 2014-08 street reverse sting 8 EXACT: expected [Rowan Springs Police Department, Tallis County Sheriff’s Office], got [Rowan Springs Police Department]",
            "short-page-round12-check-ossory-county.txt ¶1 agencies of 2012-09 web sting 12 EXACT: expected [Ossory County Sheriff’s Office, Tamsworth Police Department], got []",
            "short-page-round12-check-ossory-county.txt ¶2 agencies of 2019-04 web sting 22 EXACT: expected [Ossory County Sheriff’s Office, Tamsworth Police Department, Washington State Patrol], got [Washington State Patrol]",
            "short-page-round12-check-merriam-forks.txt ¶3 agencies of 2005 vehicle seizure programme: expected [Merriam Forks Police Department], got []",
            "short-page-round12-check-fennimore-county.txt ¶4 agencies of 2017-08 web sting 12 EXACT: expected [Fennimore County Sheriff’s Office, Indiana State Police], got [Fennimore County Sheriff’s Office]",
            "short-page-round12-check-carverton.txt ¶1 missed: 1984 street reverse sting 19 EXACT",
            "short-page-round12-check-haskins-mill.txt ¶2 missed: 2021 web sting 1 EXACT",
            "short-page-round12-check-montana.txt ¶1 missed: 2017-05 web sting 11 EXACT",
            "short-page-round12-check-montana.txt ¶1 missed: 2017-09 web sting 6 AT_LEAST",
            "short-page-round12-check-dabney-county.txt ¶2 missed: 2021-10 sweep 15 EXACT",
            "short-page-round12-check-bellwick.txt ¶1 details: expected 2016-07 street reverse sting 5 EXACT, got 2016-07 reverse sting 5 EXACT",
            "short-page-round12-check-sanderling-bay.txt ¶1 details: expected 1998 vehicle seizure programme, got 1998 reverse sting",
            "short-page-round12-check-kittredge-county.txt ¶1 missed: - recurring web sting",
            "short-page-round12-check-kittredge-county.txt ¶1 missed: 2020-01 web sting 9 EXACT",
            "short-page-round12-check-kittredge-county.txt ¶1 missed: 2020-10 web sting 6 EXACT",
            "short-page-round12-check-ashcombe.txt ¶3 details: expected 2011-11 web sting 1 EXACT, got 2011-11 reverse sting",
            "short-page-round12-check-ashcombe.txt ¶5 missed: 1993 vehicle seizure programme",
            "short-page-round12-check-ashcombe.txt ¶8 details: expected 2023-03 street reverse sting 37 EXACT, got 2023-03 reverse sting 37 EXACT",
            "short-page-round12-check-fennimore-county.txt ¶2 details: expected 2010-05 street reverse sting 11 EXACT, got 2010-05 reverse sting 11 EXACT",
            "short-page-round12-check-fennimore-county.txt ¶2 details: expected 2010-10 street reverse sting 9 EXACT, got 2010-10 reverse sting 9 EXACT",
            "short-page-round12-check-fennimore-county.txt ¶2 missed: 2012-04 street reverse sting 6 EXACT",
            "short-page-round12-check-montana.txt actor missed: Garnet Falls Police Department",
            "short-page-round12-check-dabney-county.txt tactic missed: WEB_STINGS");

    @Test
    void checkPages() {
        LongNarrativeEvaluation.check("round12-check.tsv", LEFT);
    }
}
