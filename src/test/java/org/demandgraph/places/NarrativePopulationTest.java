package org.demandgraph.places;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The opening paragraph's population, on sentences written here in the site's style. */
class NarrativePopulationTest {

    @Test
    void thePhrasingsThatGiveThePlacesPopulation() {
        assertEquals(OptionalLong.of(500), NarrativePopulation.of("Elmdale is a village of approximately 500 residents in Lake County."));
        assertEquals(OptionalLong.of(26_000), NarrativePopulation.of("Harbor Township is a community of about 26,000 residents on the shore."));
        assertEquals(OptionalLong.of(1_200_000), NarrativePopulation.of("Riverton, a city of 1.2 million people, is the state's largest."));
        assertEquals(OptionalLong.of(7_000), NarrativePopulation.of("It lies on the lake and has a population of roughly 7,000.  Stings began in 2011."));
    }

    @Test
    void otherNumbersAreNotPopulations() {
        assertEquals(OptionalLong.empty(), NarrativePopulation.of("In 2014, police arrested 12 men in a reverse sting."));
        assertEquals(OptionalLong.empty(), NarrativePopulation.of("Its population of 40% renters was cited."));
        assertEquals(OptionalLong.empty(), NarrativePopulation.of("Complaints grew.\n\nThe city of 30,000 residents nearby helped."));
        assertEquals(OptionalLong.empty(), NarrativePopulation.of(""));
        assertEquals(OptionalLong.empty(), NarrativePopulation.of(null));
    }
}
