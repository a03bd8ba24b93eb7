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
 *
 * <p>Before the rules (main b69a378): all operations (exact date, kind, count, name): precision 0.932 (41/44), recall
 * 0.932 (41/44); wrong date: 0, wrong count/bound/kind/name: 1, missed: 2, false: 2; operations dated by a non-event
 * year: 1; agencies: precision 0.960 (48/50), recall 0.658 (48/73); actors: precision 0.767 (23/30), recall 0.821
 * (23/28); tactics: precision 0.960 (24/25), recall 0.889 (24/27). After fix18agents: all operations (exact date, kind,
 * count, name): precision 1.000 (43/43), recall 0.977 (43/44); wrong date: 0, wrong count/bound/kind/name: 0, missed:
 * 1, false: 0; operations dated by a non-event year: 0; agencies: precision 1.000 (77/77), recall 1.000 (77/77);
 * actors: precision 1.000 (28/28), recall 1.000 (28/28); tactics: precision 1.000 (27/27), recall 1.000 (27/27).
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
