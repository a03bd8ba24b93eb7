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

    /**
     * Left after the rules: a task force "formed in 2015 by" founders named after the verb opens no formation (the operations'
     * area; millbrook-heights' 2014 formation is the same shape); the members listed in the sentence of the task force's
     * operation ("whose members are ...") stay its agencies, as round 10 expects of "made up of" (corbin-bay), where the
     * round-16 convention would give the task force alone.
     */
    static final List<String> LEFT = List.of(
            "short-page-round16b-agents-shapes-tolland-county.txt ¶1 agencies of 2022-06 web sting 10 EXACT: expected [Tolland County Human Trafficking Task Force], got [Nevada Highway Patrol, Renwick Police Department, Tolland County Human Trafficking Task Force, Tolland County Sheriff’s Office]",
            "short-page-round16b-agents-shapes-dorrington.txt ¶2 missed: 2015 task force");

    @Test
    void shapes() {
        LongNarrativeEvaluation.check("round16b-agents-shapes.tsv", LEFT);
    }
}
