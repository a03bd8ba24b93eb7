package org.demandgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shapes of round 12's agency, actor and tactic differences ({@link TwelfthRoundUnseenTest}, {@link TwelfthRoundLongTest}),
 * in our own words, in a Kentucky county ({@code round12-agent-shapes.txt}, expected facts in
 * {@code round12-agent-shapes-expected.tsv}, written with the fixture before the first run): the county's sheriff's office
 * named in a sentence about "the interstate" (the highway, not an interstate initiative: the office acts, and "deputies"
 * after it are its own); jobs lost told as "were out of work" and "lost his federal job"; homeowners' association members
 * who report plates and block watchers who log them; a one-day class for first offenders and a diversion course for men
 * charged; warning texts to men who answer decoy ads, twice.
 */
class TwelfthRoundAgentShapesTest {

    private static final RoundExpectations ROUND = new RoundExpectations("round12-agent-shapes-expected.tsv");

    /** Facts still wrong per field (agency of an operation, actor, tactic, description). */
    static final List<Integer> LEFT = List.of(0, 0, 0, 0);

    @Test
    void wrongShare() {
        assertEquals(LEFT, ROUND.wrong("round 12 agent shapes"));
    }

    /** The sheriff's office beside "the interstate" is no bystander: it is an actor. */
    @Test
    void sheriffBesideTheInterstateActs() {
        Facts f = RoundExpectations.facts("round12-agent-shapes.txt");
        assertTrue(f.actors().stream().anyMatch(a -> a.name().equals("Corliss County Sheriff’s Office")), f.actors().toString());
    }
}
