package org.demandgraph.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 16, agencies and actors, in three wordings of our own ({@code short-page-round16-agents-shapes-*.txt}, expected
 * facts in {@code round16-agents-shapes.tsv}, committed before the rules): bare "troopers" as the one state police, state
 * patrol or highway patrol the profile names; "town officers" in a town's profile as its police; "the two agencies", "the
 * two departments" as the last two agencies named. Traps: a former state trooper among the men arrested, "town officers"
 * in a county's profile. See docs/extraction.md, "Round 16: agencies and actors".
 */
class Round16AgentsShapesTest {

    static final List<String> LEFT = List.of();

    @Test
    void shapes() {
        LongNarrativeEvaluation.check("round16-agents-shapes.tsv", LEFT);
    }
}
