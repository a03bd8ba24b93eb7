package org.demandgraph.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TacticNamesTest {

    @Test
    void headingsOfTheRealProfilesNameTheirTactics() {
        assertEquals(Set.of(Tactic.REVERSE_STINGS, Tactic.IDENTITY_DISCLOSURE),
                TacticNames.in("Reverse Stings, Identity Disclosure"));
        assertEquals(Set.of(Tactic.WEB_STINGS, Tactic.IDENTITY_DISCLOSURE),
                TacticNames.in("Web-Based Reverse Stings, Identity Disclosure"));
        assertEquals(Set.of(Tactic.REVERSE_STINGS), TacticNames.in("Reverse Sting"));
        assertEquals(Set.of(Tactic.EMPLOYMENT_LOSS), TacticNames.in("Sex Buyer Fired or Resigned Due to Arrest"));
        assertEquals(Set.of(Tactic.COMMUNITY_SERVICE), TacticNames.in("Community Service"));
        assertEquals(Set.of(), TacticNames.in("Documented Violence Against Individuals Engaged in Prostitution in the Area"));
        assertEquals(Set.of(), TacticNames.in("Sex Trafficking and Child Sexual Exploitation in the Area"));
    }

    @Test
    void printedNamesOfEveryGenerationResolve() {
        assertEquals(Optional.of(Tactic.IT_BASED_TACTICS), TacticNames.exact("IT Based Tactics"));
        assertEquals(Optional.of(Tactic.IT_BASED_TACTICS), TacticNames.exact("IT-Based Tactics"));
        assertEquals(Optional.of(Tactic.IDENTITY_DISCLOSURE), TacticNames.exact("Shaming"));
        assertEquals(Optional.of(Tactic.SOAP_ORDERS), TacticNames.exact("soap orders"));
        assertEquals(Optional.of(Tactic.LICENSE_SUSPENSION), TacticNames.exact("driver’s license suspension"));
        assertEquals(Optional.empty(), TacticNames.exact("Reverse"));
    }

    @Test
    void aWordInsideAnotherWordIsNotAName() {
        assertEquals(Set.of(), TacticNames.in("Lettershead Camerasworth"));
    }
}
