package org.demandgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.demandgraph.vocab.Tactic;
import org.junit.jupiter.api.Test;

/**
 * The shapes of the round-12 check pages' actor and tactic misses ({@code round12-check.tsv}), each in three wordings
 * of our own ({@code round13-agent-shapes-a.txt}, {@code -b}, {@code -c}; expected facts in
 * {@code round13-agent-shapes-expected.tsv}, written before the rules): a team or task force set up by a sheriff's office
 * and "the police departments of A and B" or by a state's Department of Justice (founders and team act); a town's police
 * that "joined the effort" later; a state patrol that launched a statewide push; a county health department or a state
 * Department of Transportation running ads or billboards aimed at buyers; plates logged by a block club, a neighbourhood
 * association, a residents' patrol; a diversion class in place of prosecution; jobs lost as "resigned from his church",
 * "let go by their employer", "fired by his trucking company"; vehicles that "may be towed and held"; men "who show up are
 * arrested"; and a licence-suspension bill or proposal that died, was voted down or never came to a vote (no tactic).
 */
class ThirteenthRoundAgentShapesTest {

    private static final RoundExpectations ROUND = new RoundExpectations("round13-agent-shapes-expected.tsv");

    /** Facts still wrong per field (agency of an operation, actor, tactic, description). */
    static final List<Integer> LEFT = List.of(0, 0, 0, 0);

    @Test
    void wrongShare() {
        assertEquals(LEFT, ROUND.wrong("round 13 agent shapes"));
    }

    /** A licence-suspension bill that died, a proposal voted down, a bill that never came to a vote: no License Suspension. */
    @Test
    void unadoptedProposalsEvidenceNothing() {
        for (String page : List.of("round13-agent-shapes-a.txt", "round13-agent-shapes-b.txt", "round13-agent-shapes-c.txt")) {
            Facts f = RoundExpectations.facts(page);
            assertTrue(f.tacticUses().stream().noneMatch(u -> u.tactic() == Tactic.LICENSE_SUSPENSION), page + " " + f.tacticUses());
        }
    }

    /** The proposal's span only: a tactic told before the bill's noun or after its failure still counts. */
    @Test
    void onlyTheProposalsSpanIsCovered() {
        String s = "Officers impound cars, and a bill to suspend licenses died in committee.";
        assertTrue(!UnadoptedProposals.covers(s, s.indexOf("impound"), s.indexOf("impound") + 7));
        assertTrue(UnadoptedProposals.covers(s, s.indexOf("suspend"), s.indexOf("suspend") + 7));
    }
}
