package org.demandgraph.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The operation-kind shapes rounds 14 and 15's blind pages left, each in three wordings of our own
 * ({@code short-page-round16-kinds-shapes-*.txt}, expected facts in {@code round16-kinds-shapes.tsv}, written before the
 * rules were run on them): a policewoman stationed or posted on a named street (a "Calle" too), decoy details on named
 * streets, a return to a named street with a decoy detail; one of the practice just told ("One of the bigger ones", "In
 * one of the first on record"); a generic operation with a female deputy working undercover; cars towed or impounded
 * under an ordinance that lets officers do so, dated "two decades later". See docs/extraction.md, "Round 16: operation kinds".
 */
class Round16KindsShapesTest {

    static final List<String> LEFT = List.of();

    @Test
    void shapes() {
        LongNarrativeEvaluation.check("round16-kinds-shapes.tsv", LEFT);
    }
}
