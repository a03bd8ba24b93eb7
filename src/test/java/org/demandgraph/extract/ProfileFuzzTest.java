package org.demandgraph.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.demandgraph.vocab.Iris;
import org.demandgraph.graph.ProfileMapper;
import org.demandgraph.profile.Profile;
import org.demandgraph.profile.ProfileFormatException;
import org.demandgraph.profile.ProfileParser;
import org.junit.jupiter.api.Test;

/**
 * Thousands of generated and mutated profiles through parsing, extraction and mapping: a profile may be
 * rejected (a {@link ProfileFormatException} naming the line), but nothing may throw anything else.
 * Before: an 11-word narrative made of actor names crashed extraction with a NullPointerException.
 * Profiles are written here from a small vocabulary in the site's style (no real profile text).
 */
class ProfileFuzzTest {

    private static final String[] WORDS = {
        "Court", "Police", "Department", "Sheriff's", "Office", "County", "State", "Police,", "sting", "stings",
        "reverse", "arrested", "men", "buyers", "sex", "2015,", "2019", "June", "March 3, 2017", "in", "the", "a",
        "FBI", "Task", "Force", "(FBI)", "John", "School", "officers", "said", "undercover", "posed", "as",
        "decoys", "online", "ads", "seized", "cars", "names", "published", "17", "twelve", "dozens", "of",
        "\u00e9", "\u4e2d", "\u0000", "\t", "\"", "\u201c", "\u201d", "-", ".", ":", ";", "Department.", "Inc.",
        "Mr.", "U.S.", "Jan.", "St.", "No.", "#", "100%", "1,000,000", "99999999999999999999999999"};
    private static final String[] TACTICS = {"Reverse Stings", "Buyer Arrests", "John School", "Web Stings",
        "Auto Seizure", "Identity Disclosure", "Community Service", "Public Education"};

    private static final int PROFILES = 2000;

    private final ProfileParser parser = new ProfileParser();
    private final Extractor extractor = new Extractor();
    private final ProfileMapper mapper = new ProfileMapper(new Iris("https://w3id.org/demandgraph/"));

    private static String sentence(Random r) {
        int n = 1 + r.nextInt(25);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(' ');
            sb.append(WORDS[r.nextInt(WORDS.length)]);
        }
        return sb.append(r.nextInt(4) == 0 ? "" : ".").toString();
    }

    static String profile(Random r, int paragraphs) {
        StringBuilder sb = new StringBuilder("Testville" + r.nextInt(50) + ", CT\n\nTactics Used\n\n");
        for (String t : TACTICS) if (r.nextBoolean()) sb.append(t).append('\n');
        sb.append('\n');
        for (int p = 0; p < paragraphs; p++) {
            int sentences = 1 + r.nextInt(6);
            for (int s = 0; s < sentences; s++) sb.append(sentence(r)).append(' ');
            sb.append("\n\n");
        }
        if (r.nextBoolean()) {
            sb.append("Key Sources\n\n").append(TACTICS[r.nextInt(TACTICS.length)]).append(":\n\n- \u201c")
                    .append(sentence(r)).append("\u201d, Testville Courier, May 2, 2016.\n\n");
        }
        sb.append("State Connecticut\nType City\nPopulation ").append(r.nextInt(2_000_000)).append('\n');
        return sb.toString();
    }

    /** Deletes, repeats, swaps or garbles a few lines or characters. */
    static String mutate(Random r, String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int edits = 1 + r.nextInt(4);
        for (int e = 0; e < edits && !lines.isEmpty(); e++) {
            int i = r.nextInt(lines.size());
            switch (r.nextInt(6)) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(i, lines.get(r.nextInt(lines.size())));
                case 2 -> lines.set(i, lines.get(i).toUpperCase());
                case 3 -> {
                    String l = lines.get(i);
                    int cut = l.isEmpty() ? 0 : r.nextInt(l.length());
                    lines.set(i, l.substring(0, cut) + WORDS[r.nextInt(WORDS.length)] + l.substring(cut));
                }
                case 4 -> lines.set(i, lines.get(i).replace(' ', '\n'));
                default -> java.util.Collections.swap(lines, i, r.nextInt(lines.size()));
            }
        }
        return String.join("\n", lines);
    }

    private void run(String text) {
        Profile profile;
        try {
            profile = parser.parse("fuzz.txt", text, "0");
        } catch (ProfileFormatException e) {
            assertTrue(e.line() >= 0 && e.reason() != null && !e.reason().isBlank(), "a rejection names its reason");
            return;
        }
        Facts facts = extractor.extract(profile);
        DatasetGraph target = DatasetGraphFactory.createTxnMem();
        mapper.map(profile, facts, target);
    }

    @Test
    void theReportedCrashIsGone() throws ProfileFormatException {
        String text = "Testville, CT\n\nTactics Used\n\nReverse Stings\n\n"
                + "Court Police Department Department sting Court Police Department 2015, Court Police\n\n"
                + "State Connecticut\nType City\nPopulation 1000\n";
        Facts facts = extractor.extract(parser.parse("crash.txt", text, "0"));
        assertEquals(List.of("Court Police Department Department"), facts.actors().stream().map(Actor::name).toList());
    }

    @Test
    void thousandsOfGeneratedAndMutatedProfilesNeverThrow() {
        Random r = new Random(17);
        int parsed = 0;
        for (int i = 0; i < PROFILES; i++) {
            String text = profile(r, 1 + r.nextInt(3));
            String input = i % 3 == 0 ? text : mutate(r, text);
            try {
                run(input);
                parsed++;
            } catch (RuntimeException e) {
                fail("profile #" + i + " threw " + e + "\n---\n" + input, e);
            }
        }
        assertEquals(PROFILES, parsed);
    }

    /**
     * Long single paragraphs of mutated narratives, with and without full stops (so the sentence-length cap
     * cuts them), and one word repeated past the cap: no exception, and every evidence verbatim at its offsets.
     */
    @Test
    void longParagraphsAndOverlongSentencesNeverThrow() throws ProfileFormatException {
        Random r = new Random(23);
        for (int i = 0; i < 40; i++) {
            String narrative = mutate(r, profile(r, 3)).replaceAll("\\s+", " ").trim();
            if (i % 2 == 1) narrative = narrative.replace(".", "");
            String paragraph = i % 10 == 9 ? "Department".repeat(3000) : (narrative + " ").repeat(20 + r.nextInt(20)).trim();
            String text = "Testville, CT\n\nTactics Used\n\nReverse Stings\n\n" + paragraph + "\n\nState Connecticut\nType City\nPopulation 1000\n";
            Profile profile = parser.parse("long.txt", text, "0");
            Facts facts;
            try {
                facts = extractor.extract(profile);
                mapper.map(profile, facts, DatasetGraphFactory.createTxnMem());
            } catch (RuntimeException e) {
                fail("long paragraph #" + i + " threw " + e, e);
                return;
            }
            assertEquals(List.of(), ExtractedFields.notVerbatim(facts, profile.text()), "paragraph #" + i);
        }
    }
}
