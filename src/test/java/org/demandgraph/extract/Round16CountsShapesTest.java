package org.demandgraph.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 16, counts and practices, in wordings of our own ({@code short-page-round16-counts-shapes-*.txt}, expected facts
 * in {@code round16-counts-shapes.tsv}, committed before the rules): a task force formed in a year (a long name, a
 * hyphenated "Anti-Trafficking Team", an unnamed "joint vice unit") is an operation of that year, and its first operation
 * told next is one more; a dated, counted operation followed in its own sentence by a practice kept up since then gives
 * both; a practice moved online since a year with no sting noun ("has worked mostly online", "has handled most of these
 * cases online"; fenner-bay, orrin-county and tolland-mills, written after that batch's rules). Traps: a council's
 * discussion of forming a task force, a state report's total, "no sting has been held since then", a frequency asked
 * ("how often ... runs such stings") or said ("said in 2021 that deputies hold four or five such stings in a normal
 * year"). See docs/extraction.md, "Round 16: counts and practices".
 */
class Round16CountsShapesTest {

    /**
     * Left after the rules (before them, 288d1e7: ten operation lines, as seen in a debug run): a deputy put on a road's shoulder "as a decoy" (the
     * decoy after the road) and "the department’s first street detail" are not read as street stings (the kinds' area), so
     * pike-hollow's first operation and marlow-station's street detail and its practice are missed; the Anti-Trafficking
     * Team's sting after "to answer online ads" in the sentence before is a reverse sting, not a web sting (kinds). The
     * ashby-county page's expectations first lacked Reverse Stings, which every web sting evidences (corrected).
     */
    static final List<String> LEFT = List.of(
            "short-page-round16-counts-shapes-pike-hollow.txt ¶1 missed: 2009-06 street reverse sting 7 EXACT",
            "short-page-round16-counts-shapes-pike-hollow.txt ¶2 details: expected 2017-10 web sting 8 EXACT, got 2017-10 reverse sting 8 EXACT",
            "short-page-round16-counts-shapes-marlow-station.txt ¶2 missed: 2008-08 street reverse sting 9 EXACT",
            "short-page-round16-counts-shapes-marlow-station.txt ¶2 missed: - since 2008 recurring street reverse sting");

    @Test
    void shapes() {
        LongNarrativeEvaluation.check("round16-counts-shapes.tsv", LEFT);
    }
}
