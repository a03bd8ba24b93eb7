package org.demandgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import org.demandgraph.vocab.Tactic;
import org.junit.jupiter.api.Test;

/**
 * Round 8 of the agency, actor and tactic paraphrases: a city and a county profile with agencies in syntax no
 * earlier round used (an acronym used before the name that defines it, a Bureau of Police, a state police troop
 * and barracks, "officers from X and Y", a district attorney's office charging, a university and a transit police,
 * an apposition after the name, a federal partner in dashes, a possessive place and a sheriff by her name, a
 * state attorney general's office written in full) and false actors (an arrestee's employer, a victims' service
 * that only commented, a report's author, a newspaper, another county's prosecutor, a state body publishing
 * figures); every tactic of the scheme described without its name, three as Key Sources titles; and tactics
 * studied, allowed by a law, another town's, debated, listed as options, rejected, proposed or abandoned. The
 * expected facts are in {@code eighth-round-expected.tsv}, written and committed before the first run (commit 87df982).
 *
 * <p>First run: 51 of 92 facts wrong: agency of an operation 12/29, actor 4/17, tactic 15/25, description 20/21 (every
 * new description missed but "printed them"; 7 of the 51 false: a state law's forfeiture opened as a 2015 operation, an
 * office "of Attorney General and Kelling Falls", a state body publishing figures and another town's police as actors,
 * and letters looked into, a law that permits forfeiture and a patrol only talked of as tactics). Left after the rules:
 * the two undated practices told without a sting noun ({@link #LEFT_MISSED}, operation side). Two expectations changed
 * in round 10 ({@link TenthRoundAgenciesTest}: a prosecutor that only charged the men is an actor, no agency of the
 * operation): the district attorney's office that "later charged" the county's 2017 sting's men, and the prosecuting
 * attorney's office whose prosecutors "filed charges" after the check fixture's 2017 sting, are actors only.
 */
class EighthRoundAgenciesAndTacticsTest {

    private static final RoundExpectations ROUND = new RoundExpectations("eighth-round-expected.tsv");

    private static Facts facts(String fixture) {
        return RoundExpectations.facts(fixture);
    }

    /** A Key Sources headline is evidence of its own basis and rule, quoted verbatim at its offsets, without its quotation marks. */
    @Test
    void keySourcesHeadlinesAreEvidenceOfTheirOwn() {
        Facts f = facts("tactics-eighth-round.txt");
        String text = TextProfiles.fixture("real-language/tactics-eighth-round.txt").text();
        List<TacticUse> titles = f.tacticUses().stream().filter(u -> u.basis() == TacticUse.Basis.KEY_SOURCES_TITLE).toList();
        assertEquals(EnumSet.of(Tactic.IDENTITY_DISCLOSURE, Tactic.COMMUNITY_SERVICE, Tactic.LETTERS),
                titles.stream().map(TacticUse::tactic).collect(java.util.stream.Collectors.toCollection(() -> EnumSet.noneOf(Tactic.class))));
        for (TacticUse u : titles) {
            assertEquals(Rule.KEY_SOURCES_TITLE, u.rule());
            assertEquals(u.evidence().exact(), text.substring(u.evidence().start(), u.evidence().end()));
            assertEquals('“', text.charAt(u.evidence().start() - 1), u.evidence().exact());
        }
    }

    /**
     * Agencies missed: an undated habit told without a sting noun ("policewomen dressed as ..."; the other one, the
     * detectives answering ads, is opened since the operation rules of branch extract8 were merged). "Undercover
     * detectives" in a paragraph naming no agency after one whose last agency was a prosecutor are the city's police since
     * fix18agents.
     */
    static final int LEFT_MISSED = 1;

    /** Prints the facts expected and wrong per field and asserts only the facts left above are wrong. */
    @Test
    void wrongShare() {
        assertEquals(List.of(LEFT_MISSED, 0, 0, 0), ROUND.wrong("round 8"));
    }
}
