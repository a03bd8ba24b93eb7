package org.demandgraph.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 16, counts and practices, in wordings of our own ({@code short-page-round16-counts-shapes-*.txt}, expected facts
 * in {@code round16-counts-shapes.tsv}, committed before the rules): a task force formed in a year (a long name, a
 * hyphenated "Anti-Trafficking Team", an unnamed "joint vice unit") is an operation of that year, and its first operation
 * told next is one more; a dated, counted operation followed in its own sentence by a practice kept up since then gives
 * both. Traps: a council's discussion of forming a task force, a state report's total, "no sting has been held since
 * then". See docs/extraction.md, "Round 16: counts and practices".
 */
class Round16CountsShapesTest {

    static final List<String> LEFT = List.of();

    @Test
    void shapes() {
        LongNarrativeEvaluation.check("round16-counts-shapes.tsv", LEFT);
    }
}
