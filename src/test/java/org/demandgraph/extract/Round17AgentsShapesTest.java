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

    /**
     * Left after the rules (agencies of operations and kinds, other areas): a task force's first operation told as "Its
     * first sting" goes to the member named last, not to the task force; "county deputies" name no sheriff's office on a
     * county page; "decoy operations" and a "street sting" keep a broader kind.
     */
    static final List<String> LEFT = List.of(
            "short-page-round17-agents-shapes-dunmore-county.txt ¶1 agencies of 2015-05 web sting 18 EXACT: expected [Lackaway Valley Vice Task Force], got [Granby Police Department]",
            "short-page-round17-agents-shapes-dunmore-county.txt ¶2 agencies of 2017-06 reverse sting 7 EXACT: expected [Dunmore County Sheriff’s Office, Keystone Law Enforcement Agency], got [Keystone Law Enforcement Agency]",
            "short-page-round17-agents-shapes-vantor-county.txt ¶1 agencies of 2013-06 web sting 20 EXACT: expected [Eastline Human Trafficking Task Force], got [Dale Police Department]",
            "short-page-round17-agents-shapes-pollard-county.txt ¶1 details: expected 2016-04 web sting 13 EXACT, got 2016-04 enforcement operation 13 EXACT",
            "short-page-round17-agents-shapes-vantor-county.txt ¶2 details: expected 2016-07 street reverse sting 8 EXACT, got 2016-07 reverse sting 8 EXACT");

    @Test
    void shapes() {
        LongNarrativeEvaluation.check("round17-agents-shapes.tsv", LEFT);
    }
}
