package org.demandgraph.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 12: a blind measurement on short pages. Twelve pages ({@code short-page-round12-*.txt}) in the form of the
 * hidden test set: title, the printed "Tactics Used" list, the start of the narrative up to about 2,000 characters
 * ending at a sentence boundary (three of them complete with Key Partners, Key Sources and footer); cities, counties, a
 * parish, a state, a small town with a single sting, a page of post-arrest programmes with no dated operation, a page
 * of many operations in a row (paired counts, "two more", intervals), a page whose enforcement targets sellers and
 * traffickers, and traps (sentencing, survey, study and announcement years, period and yearly totals, a bill that
 * died, proposals dropped, another town's practice). They were written by a helper who had read the real development
 * set for style only and had not read the extractor, and their expected facts ({@code round12-unseen-short.tsv}) were
 * committed before the first run (ddc2814; b43aa49 then only changed the state page's title from "Idaho" to
 * "Idaho, ID", which the profile parser needs to read the page at all: that first attempt stopped on the parse error
 * before any extraction). No rule was changed. {@link #LEFT} is every difference printed on the first run: it records
 * the measurement, and a change of what the extractor finds on these pages fails the test until its line leaves (or
 * joins) the list.
 *
 * <p>First run, extractor of main 0e1c7d9: operations with year and count precision 0.842 (16/19), recall 0.516
 * (16/31); all operations (exact date, kind, count, name) precision 0.538 (14/26), recall 0.304 (14/46), 0 wrong date,
 * 11 wrong count/bound/kind/name, 21 missed, 1 false; 1 operation dated by a non-event year; agencies of the
 * operations found right precision 0.944 (17/18), recall 0.810 (17/21); actors precision 0.966 (28/29), recall 0.933
 * (28/30); tactics precision 1.000 (56/56), recall 0.862 (56/65).
 * After tidy12's street convention (decoys on a named street are street stings) two street-kind lines left; one agency line came in.
 * After fix12series (follow-ups, series, editions): operations with year and count 0.926 (25/27) / 0.806 (25/31), all
 * operations 0.571 (20/35) / 0.435 (20/46). Eleven lines left; new lines replace a missed or masked one with a better
 * reading: harwick's follow-ups (2003, 2003, 2007-03, 2007-10) and idaho's second round are found with the kind of the
 * sting they follow (plain reverse sting / enforcement operation, still wrong); varney's 2015 round and its practice carry
 * the name but no kind; san-aurelio's editions carry the name, and the agency the named practice misses now shows.
 * After fix12single: operations with year and count precision 0.889 (16/18), recall 0.516 (16/31); all operations
 * precision 0.714 (20/28), recall 0.435 (20/46), 0 false; tactics recall 0.892 (58/65). Seven lines left (the range-of-years
 * false operation, Idaho's posted-ads web sting and its two tactics, Brisco's occasional decoy practice, Dunwell's undated
 * move online, Harwick's move to the internet from 2011 on); two agency lines came in on operations now matched (Brisco's practice also has the city police of its
 * sentence, Idaho's April 2015 sting lacks the state police).
 * After fix12agents (agencies, actors, tactics): agencies of the operations found 1.000 (22/22) / 0.957 (22/23), was 0.947
 * (18/19) / 0.783 (18/23) on main d0f40e3; actors 1.000 (30/30) / 1.000 (30/30), was 0.966 / 0.933; tactics 1.000 (61/61) /
 * 0.938 (61/65), was 1.000 / 0.862; operations unchanged. 12 lines left (partners' operations, the task force's founders,
 * the announcing bureau, pooled officers, lost jobs, plate-reporting members, the one-day class, warning texts); the four
 * tactic lines still listed are reverse and web stings the operation side misses.
 * <p>All round-12 fixes merged (fix12series, fix12single, fix12agents): operations with year and count 0.962 (25/26) /
 * 0.806 (25/31); all operations 0.676 (25/37) / 0.543 (25/46), 0 false, none dated by a non-event year; agencies 0.971
 * (34/35) / 0.919 (34/37); actors 1.000 (30/30) / 1.000; tactics 1.000 (63/63) / 0.969 (63/65). These pages are tuned on
 * now: only the first-run figures estimate unseen text.
 * <p>After fix13singles: two reverse stings told with decoys on a street take the street kind (harwick ¶1, dunwell ¶1).
 *
 * <p>After fix18counts: marrow-county's 2019-09 street sting takes the agency of the operation before in its sentence;
 * figures unchanged.
 */
class TwelfthRoundUnseenTest {

    /** Every difference left after all round-12 fixes and fix13singles. After fix16agents: bare "troopers" gives the state police to two operations.
     */
    static final List<String> LEFT = List.of(
            "short-page-round12-brisco-county.txt ¶1 agencies of - recurring street reverse sting: expected [Brisco County Sheriff’s Office], got [Brisco County Sheriff’s Office, Lindell Police Department]",
            "short-page-round12-harwick.txt ¶1 agencies of 2004-06 street reverse sting 22 EXACT: expected [Harwick Police Department, Tate County Sheriff’s Office], got [Tate County Sheriff’s Office]",
            "short-page-round12-varney-county.txt ¶1 agencies of 2015 street reverse sting 12 EXACT Operation Lower Town: expected [Cale City Police Department, Varney County Sheriff’s Office], got []",
            "short-page-round12-marrow-county.txt ¶1 missed: - recurring web sting",
            "short-page-round12-idaho.txt ¶2 missed: 2021-07 street reverse sting 6 EXACT",
            "short-page-round12-tolliver.txt ¶1 missed: 2022-06-14 web sting 4 EXACT",
            "short-page-round12-harwick.txt ¶1 details: expected 2003 street reverse sting 9 EXACT, got 2003 reverse sting 9 EXACT",
            "short-page-round12-harwick.txt ¶1 details: expected 2003 street reverse sting 6 EXACT, got 2003 reverse sting 6 EXACT",
            "short-page-round12-harwick.txt ¶1 missed: - since 2003 recurring street reverse sting",
            "short-page-round12-harwick.txt ¶2 details: expected 2007-03 street reverse sting 8 EXACT, got 2007-03 reverse sting 8 EXACT",
            "short-page-round12-harwick.txt ¶2 details: expected 2007-10 street reverse sting 11 EXACT, got 2007-10 reverse sting 11 EXACT",
            "short-page-round12-lorne-parish.txt ¶1 details: expected 2016-08 enforcement operation 14 EXACT, got 2016-08 reverse sting 3 EXACT",
            "short-page-round12-lorne-parish.txt ¶2 missed: 2021-11 web sting 1 EXACT",
            "short-page-round12-san-aurelio.txt ¶1 missed: - recurring street reverse sting",
            "short-page-round12-varney-county.txt ¶1 details: expected - since 2011 recurring street reverse sting Operation Lower Town, got - street reverse sting Operation Lower Town",
            "short-page-round12-varney-county.txt ¶2 details: expected 2018-10 street reverse sting 9 EXACT, got 2018-10 reverse sting 9 EXACT",
            "short-page-round12-quillan.txt ¶1 missed: 2011-07 street reverse sting 15 EXACT",
            "short-page-round12-quillan.txt ¶1 missed: - since 2011 recurring street reverse sting",
            "short-page-round12-quillan.txt ¶3 missed: 2020-03 street reverse sting 7 EXACT",
            "short-page-round12-lorne-parish.txt tactic missed: WEB_STINGS",
            "short-page-round12-tolliver.txt tactic missed: REVERSE_STINGS");

    @Test
    void shortPages() {
        LongNarrativeEvaluation.check("round12-unseen-short.tsv", LEFT);
    }
}
