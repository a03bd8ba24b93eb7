package org.demandgraph.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The single-operation shapes round 12's check pages showed, each in three wordings of our own
 * ({@code short-page-round13-singles-shapes-*.txt}, expected facts in {@code round13-singles-shapes.tsv}, written before
 * the rules were run on them): a generic operation whose sentence or paragraph tells its method (ads answered or posted by
 * police: a web sting; female officers on a road, avenue or corner: a street reverse sting), and a total "since" a year
 * reported on a date (no operation). See docs/extraction.md, "Round 13: single operations and practices".
 * <p>After fix16bagents: fallsburg-county's Marl Police Department is an actor (task-force member or Key Partners).
 */
class ThirteenthRoundSingleShapesTest {

    static final List<String> LEFT = List.of();

    /**
     * The practice shapes ({@code round13-singles-shapes-2.tsv}). Left: the practice of a town inside the county ("In the
     * town of Marl, police have ...") is read as another place's, and that town's police are then not an actor.
     */
    static final List<String> LEFT_PRACTICES = List.of(
            "short-page-round13-singles-shapes-fallsburg-county.txt ¶2 missed: - since 2008 recurring street reverse sting");

    /** Arrests in the month before a charging date ({@code round13-singles-shapes-3.tsv}). */
    static final List<String> LEFT_MONTH_BEFORE = List.of();

    @Test
    void monthBefore() {
        LongNarrativeEvaluation.check("round13-singles-shapes-3.tsv", LEFT_MONTH_BEFORE);
    }

    @Test
    void shapes() {
        LongNarrativeEvaluation.check("round13-singles-shapes.tsv", LEFT);
    }

    @Test
    void practices() {
        LongNarrativeEvaluation.check("round13-singles-shapes-2.tsv", LEFT_PRACTICES);
    }
}
