package org.demandgraph.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The operation-kind shapes round 13's unseen pages showed, each in three wordings of our own
 * ({@code short-page-round14-kinds-shapes-*.txt}, expected facts in {@code round14-kinds-shapes.tsv}, written before the
 * rules were run on them): a web sting told by its method only (officers posing in online ads, answering escort ads, men
 * arranging through an app to meet an officer), also when it is named or called a sweep; officers posing on a street,
 * road, avenue or corner (a street reverse sting; at a motel on a named road, a plain one); "a similar detail"; a practice
 * "since <year>, when officers first ..." read once. See docs/extraction.md, "Round 14: operation kinds".

 *
 * <p>After fix18agents (second agencies in later clauses and sentences, joint practices' members, partners borrowed,
 * "the department" and bare "officers" in a city, statewide bystanders, names with an ordinal): agencies: precision
 * 1.000 (30/30), recall 1.000 (30/30).
 */
class FourteenthRoundKindsShapesTest {

    /** After fix16agents: one agency line fixed ("the two agencies"). */
    static final List<String> LEFT = List.of(
            "short-page-round14-kinds-shapes-colwyn.txt ¶1 missed: - since 2017 recurring web sting Operation Tailwind");

    @Test
    void shapes() {
        LongNarrativeEvaluation.check("round14-kinds-shapes.tsv", LEFT);
    }
}
