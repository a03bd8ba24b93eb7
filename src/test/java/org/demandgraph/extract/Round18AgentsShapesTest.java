package org.demandgraph.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 18, agencies of operations, actors and tactics, in three wordings of our own
 * ({@code short-page-round18-agents-shapes-*.txt}, expected facts in {@code round18-agents-shapes.tsv}, committed before the
 * rules): second agencies told as "both agencies" or in a later sentence ("assisted in both"), operations told as one of a
 * joint practice or as "a second such operation", partners told by a bare "with", "the department" and bare "officers" in a
 * city's profile, a local bureau's short forms, founders of a task force formed by an infinitive, a town's police where
 * the town is named as a county seat, editions of a named operation; actors that are only asked to act, statewide
 * efforts with no arrests told here, names with an ordinal, public health districts; SOAP Orders for any stretch of the
 * place. See docs/extraction.md, "Round 18: agencies, actors and tactics (fix18agents)".
 */
class Round18AgentsShapesTest {

    /** Left after the rules (missed operations, another area): a practice told as "the bureau has also answered escort ads online". */
    static final List<String> LEFT = List.of(
            "short-page-round18-agents-shapes-drayton-heights.txt ¶2 missed: - since 2011 recurring web sting");

    @Test
    void shapes() {
        LongNarrativeEvaluation.check("round18-agents-shapes.tsv", LEFT);
    }
}
