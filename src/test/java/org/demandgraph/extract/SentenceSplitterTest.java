package org.demandgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> split(String text) {
        List<Sentence> sentences = SentenceSplitter.split(text, 0, text.length(), 0);
        for (Sentence s : sentences) assertEquals(s.text(), text.substring(s.start(), s.end()));
        return sentences.stream().map(Sentence::text).toList();
    }

    @Test
    void abbreviationsInitialsAndQuotesDoNotEndASentence() {
        assertEquals(List.of(
                "The St. Lucie County Sheriff’s Office and the Fort Pierce Police Dept. arrested 22 men.",
                "Agents of the U.S. Marshals and J. Edgar Smith of the FBI helped.",
                "It was called “Operation Cupid.”",
                "Police placed an ad."),
                split("The St. Lucie County Sheriff’s Office and the Fort Pierce Police Dept. arrested 22 men. "
                        + "Agents of the U.S. Marshals and J. Edgar Smith of the FBI helped.  It was called “Operation Cupid.”  "
                        + "Police placed an ad."));
    }

    @Test
    void nonBreakingSpacesAndNumbersAfterAStop() {
        assertEquals(List.of("Officers used decoys.", "In 2008, NPD detectives ran a web sting.", "12 men were arrested."),
                split("Officers used decoys.\u00a0 In 2008, NPD detectives ran a web sting. 12 men were arrested."));
    }

    @Test
    void aStopInsideAWordOrNumberIsNotABreak() {
        assertEquals(List.of("The grant was $1.5 million, see www.example.com for details."),
                split("The grant was $1.5 million, see www.example.com for details."));
    }
}
