package org.demandgraph.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 15, counts and false operations, in three wordings of our own ({@code short-page-round15-counts-shapes-*.txt},
 * expected facts in {@code round15-counts-shapes.tsv}, committed before the rules): a sting's total followed by the men
 * among it who came to buy sex, answered decoy ads or replied to listings (the sting counts those buyers); a sweep's total
 * with the buyers among it (the sweep counts everyone); a wider (statewide, nationwide, regional) operation's total beside
 * the place's own share (the place's share counts); a chief's announcement of a year's total, a spokesman's statement of
 * how often stings happen and an annual report's total (no operation). See docs/extraction.md, "Round 15: counts and
 * false operations".
 */
class Round15CountsShapesTest {

    /**
     * Left after the rules (first run before them: 14 lines, ec8d12a): linden-forks' national operation is found with the
     * place's three men but as an enforcement operation (the kinds' area); the spokesman's "holds three or four such stings
     * every year" dated by the statement (a false sweep, and "A Police Department" a false actor); the Texas Department of
     * Public Safety that led the regional sting, neither agency nor actor (the agents' area).
     */
    static final List<String> LEFT = List.of(
            "short-page-round15-counts-shapes-sawtell-county.txt ¶4 agencies of 2022 web sting 7 EXACT: expected [Sawtell County Sheriff’s Office, Texas Department of Public Safety], got [Sawtell County Sheriff’s Office]",
            "short-page-round15-counts-shapes-linden-forks.txt ¶5 false: 2022 sweep [A Police Department]",
            "short-page-round15-counts-shapes-linden-forks.txt actor false: A Police Department",
            "short-page-round15-counts-shapes-sawtell-county.txt actor missed: Texas Department of Public Safety");

    @Test
    void shapes() {
        LongNarrativeEvaluation.check("round15-counts-shapes.tsv", LEFT);
    }
}
