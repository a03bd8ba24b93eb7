package org.demandgraph.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 17, actors, in three wordings of our own ({@code short-page-round17-agents-shapes-*.txt}, expected facts in
 * {@code round17-agents-shapes.tsv}, committed before the rules): founders of a task force formed in one sentence and
 * working in the next, members joining later in the formation's clause, state agencies named for law enforcement, state
 * police helping an arrest. Traps: a task force formed to study, a law-enforcement charity and council, commissioners
 * helped by a mission. See docs/extraction.md, "Round 17: actors".
 */
class Round17AgentsShapesTest {

    /** Operations of these pages are not scored here (no op lines): their differences belong to the operations' areas. */
    static final List<String> LEFT = List.of();

    @Test
    void shapes() {
        LongNarrativeEvaluation.check("round17-agents-shapes.tsv", LEFT);
    }
}
