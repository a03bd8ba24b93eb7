package org.demandgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.demandgraph.extract.ThirdRoundAgenciesAndTacticsTest.Expected;
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
 * the two undated practices told without a sting noun ({@link #LEFT_MISSED}, operation side).
 */
class EighthRoundAgenciesAndTacticsTest {

    private static final String DIR = "src/test/resources/extract/real-language/";

    record Description(String fixture, Tactic tactic, String words) {}

    /** The expected facts of each fixture, in file order. */
    static Map<String, Expected> expected() {
        Map<String, List<String>> ops = new LinkedHashMap<>();
        Map<String, Set<String>> actors = new LinkedHashMap<>();
        Map<String, Set<Tactic>> tactics = new LinkedHashMap<>();
        for (String[] row : rows()) {
            ops.computeIfAbsent(row[0], k -> new ArrayList<>());
            actors.computeIfAbsent(row[0], k -> new TreeSet<>());
            tactics.computeIfAbsent(row[0], k -> EnumSet.noneOf(Tactic.class));
            switch (row[1]) {
                case "operation" -> ops.get(row[0]).add(row[2]);
                case "actor" -> actors.get(row[0]).add(row[2]);
                case "tactic" -> tactics.get(row[0]).add(Tactic.valueOf(row[2]));
                case "description" -> { }
                default -> throw new IllegalStateException("unknown field " + row[1]);
            }
        }
        Map<String, Expected> out = new LinkedHashMap<>();
        for (String fixture : ops.keySet())
            out.put(fixture, new Expected(fixture, ops.get(fixture).stream().sorted().toList(), actors.get(fixture), tactics.get(fixture)));
        return out;
    }

    static List<Description> descriptions() {
        return rows().stream().filter(r -> r[1].equals("description")).map(r -> new Description(r[0], Tactic.valueOf(r[2]), r[3])).toList();
    }

    private static List<String[]> rows() {
        try {
            return Files.readAllLines(TextProfiles.project().resolve(DIR + "eighth-round-expected.tsv"), StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Facts facts(String fixture) {
        return new Extractor().extract(TextProfiles.fixture("real-language/" + fixture));
    }

    static List<Description> missed(Map<String, Facts> facts) {
        List<Description> missed = new ArrayList<>();
        for (Description d : descriptions())
            if (facts.get(d.fixture()).tacticUses().stream().noneMatch(u -> u.tactic() == d.tactic() && u.evidence().exact().contains(d.words()))) {
                System.out.println("  " + d.fixture() + " missed description: " + d.tactic() + " \"" + d.words() + "\"");
                missed.add(d);
            }
        return missed;
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
     * detectives answering ads, is opened since the operation rules of branch extract8 were merged), and "Undercover
     * detectives" in a paragraph naming no agency after one whose last agency was a prosecutor (check round).
     */
    static final int LEFT_MISSED = 2;

    /** Prints the facts expected and wrong per field and asserts only the facts left above are wrong. */
    @Test
    void wrongShare() {
        Map<String, Facts> facts = new LinkedHashMap<>();
        int[] total = new int[6];
        for (Expected e : expected().values()) {
            Facts f = facts(e.fixture());
            facts.put(e.fixture(), f);
            int[] s = FifthRoundAgenciesAndTacticsTest.fieldScores(e, f);
            for (int i = 0; i < 6; i++) total[i] += s[i];
        }
        int missed = missed(facts).size();
        int all = total[0] + total[2] + total[4] + descriptions().size();
        System.out.printf("round 8: agency %d/%d wrong, actor %d/%d, tactic %d/%d, description %d/%d; %d of %d wrong%n",
                total[1], total[0], total[3], total[2], total[5], total[4], missed, descriptions().size(),
                total[1] + total[3] + total[5] + missed, all);
        assertEquals(List.of(LEFT_MISSED, 0, 0, 0), List.of(total[1], total[3], total[5], missed), "wrong over " + all);
    }
}
