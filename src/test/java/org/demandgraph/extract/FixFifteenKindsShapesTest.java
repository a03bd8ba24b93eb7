package org.demandgraph.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The operation-kind shapes round 14's unseen pages showed, each in three wordings of our own
 * ({@code short-page-round15-kinds-shapes-*.txt}, expected facts in {@code round15-kinds-shapes.tsv}, written before the
 * rules were run on them): a decoy sent onto, put out on or posing on a street, a highway shoulder or a stretch of a
 * numbered route (with a county's name between "female" and "deputy", posing as a two-word seller); cars towed, impounded
 * or seized under an ordinance or policy of a year, or officers directed to impound them (a vehicle seizure programme).
 * See docs/extraction.md, "Round 15: operation kinds".
 */
class FixFifteenKindsShapesTest {

    static final List<String> LEFT = List.of();

    @Test
    void shapes() {
        LongNarrativeEvaluation.check("round15-kinds-shapes.tsv", LEFT);
    }
}
