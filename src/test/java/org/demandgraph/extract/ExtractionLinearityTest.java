package org.demandgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.demandgraph.profile.Profile;
import org.demandgraph.profile.ProfileParser;
import org.junit.jupiter.api.Test;

/**
 * Extraction is linear in the text (issue 17): bounded work per sentence, an overlong sentence cut into
 * bounded pieces, and look-ups across the profile that do not rescan it. Measured by {@link Work}, a
 * deterministic count of characters read and entries visited, never by a clock: one long paragraph of
 * 8n copies of a mutated narrative must cost about 8 times what n copies cost.
 */
class ExtractionLinearityTest {

    private static final int N = 40;

    private static String profile(String paragraph) {
        return "Testville, CT\n\nTactics Used\n\nReverse Stings\n\n" + paragraph + "\n\nState Connecticut\nType City\nPopulation 1000\n";
    }

    /** A narrative of the fuzz test's vocabulary, mutated, on one line (one paragraph), ending in a stop. */
    private static String narrative(long seed) {
        Random r = new Random(seed);
        String text = ProfileFuzzTest.mutate(r, ProfileFuzzTest.profile(r, 3));
        return text.replaceAll("\\s+", " ").trim() + ".";
    }

    private static long work(String paragraph, int copies) throws Exception {
        String text = profile((paragraph + " ").repeat(copies).trim());
        Profile p = new ProfileParser().parse("linear.txt", text, "0");
        Work.reset();
        new Extractor().extract(p);
        return Work.count();
    }

    private static void assertLinear(String paragraph) throws Exception {
        long small = work(paragraph, N), large = work(paragraph, 8 * N);
        double ratio = (double) large / small;
        assertTrue(ratio > 7.0 && ratio < 9.0, "work for 8n copies / work for n copies = " + ratio + " (" + large + " / " + small + ")");
    }

    @Test
    void workGrowsLinearlyWithMutatedNarrativesInOneParagraph() throws Exception {
        for (long seed = 1; seed <= 5; seed++) assertLinear(narrative(seed));
    }

    @Test
    void workGrowsLinearlyWithOneSentenceWithoutStops() throws Exception {
        // no full stop anywhere: before the cap on sentence length this was one sentence of the whole text
        String words = "the Elm County Sheriff’s Office and Elm City Police ran reverse stings in 2015, arresting 12 men and 3 buyers";
        assertLinear(words);
    }

    @Test
    void anOverlongSentenceIsCutIntoBoundedPiecesAtSafeBoundaries() {
        String text = ("officers arrested 12 men, " + "and names were released; ").repeat(200);
        List<Sentence> sentences = SentenceSplitter.split(text, 0, text.length(), 0);
        assertTrue(sentences.size() > 1, "cut");
        StringBuilder joined = new StringBuilder();
        for (Sentence s : sentences) {
            assertTrue(s.text().length() <= SentenceSplitter.MAX_LENGTH, "piece of " + s.text().length());
            assertEquals(text.substring(s.start(), s.end()), s.text(), "offsets are the text's");
            assertTrue(s.text().endsWith(",") || s.text().endsWith(";") || s == sentences.get(sentences.size() - 1),
                    "cut after a comma or semicolon: " + s.text().substring(Math.max(0, s.text().length() - 20)));
            joined.append(s.text()).append(' ');
        }
        assertEquals(text.trim(), joined.toString().trim(), "no character lost");
    }
}
