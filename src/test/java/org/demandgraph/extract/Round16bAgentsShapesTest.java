package org.demandgraph.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 16b, actors and tactics, in three wordings of our own ({@code short-page-round16b-agents-shapes-*.txt}, expected
 * facts in {@code round16b-agents-shapes.tsv}, committed before the rules): members of a task force that acts, public
 * agencies at the top of Key Partners, state agencies taking part, units after "its" (no actors); John School, Identity
 * Disclosure, Employment Loss, Public Education, SOAP Orders and Neighborhood Action wordings. Traps: a wish to impound
 * cars, students suspended, administrative leave, billboards and a class never adopted, a neighbouring town's class, a
 * stay-away order protecting a victim. See docs/extraction.md, "Round 16b: actors and tactics".
 */
class Round16bAgentsShapesTest {

    static final List<String> LEFT = List.of();

    @Test
    void shapes() {
        LongNarrativeEvaluation.check("round16b-agents-shapes.tsv", LEFT);
    }
}
