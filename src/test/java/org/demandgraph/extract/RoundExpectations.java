package org.demandgraph.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
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

/**
 * The expected facts of a round of agency, actor and tactic fixtures, read from its data file (columns: fixture, field,
 * value, and for a description the words the evidence of that tactic use must contain), and the round's wrong share.
 */
final class RoundExpectations {

    private static final String DIR = "src/test/resources/extract/real-language/";

    record Description(String fixture, Tactic tactic, String words) {}

    private final List<String[]> rows;

    RoundExpectations(String tsv) {
        try {
            rows = Files.readAllLines(TextProfiles.project().resolve(DIR + tsv), StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The expected facts of each fixture, in file order. */
    Map<String, Expected> expected() {
        Map<String, List<String>> ops = new LinkedHashMap<>();
        Map<String, Set<String>> actors = new LinkedHashMap<>();
        Map<String, Set<Tactic>> tactics = new LinkedHashMap<>();
        for (String[] row : rows) {
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

    List<Description> descriptions() {
        return rows.stream().filter(r -> r[1].equals("description")).map(r -> new Description(r[0], Tactic.valueOf(r[2]), r[3])).toList();
    }

    static Facts facts(String fixture) {
        return new Extractor().extract(TextProfiles.fixture("real-language/" + fixture));
    }

    /** The descriptions no tactic use of their fixture quotes. */
    List<Description> missed(Map<String, Facts> facts) {
        List<Description> missed = new ArrayList<>();
        for (Description d : descriptions())
            if (facts.get(d.fixture()).tacticUses().stream().noneMatch(u -> u.tactic() == d.tactic() && u.evidence().exact().contains(d.words()))) {
                System.out.println("  " + d.fixture() + " missed description: " + d.tactic() + " \"" + d.words() + "\"");
                missed.add(d);
            }
        return missed;
    }

    /** Facts wrong per field: agency of an operation, actor, tactic, description; printed with the totals. */
    List<Integer> wrong(String round) {
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
        System.out.printf("%s: agency %d/%d wrong, actor %d/%d, tactic %d/%d, description %d/%d; %d of %d wrong%n", round,
                total[1], total[0], total[3], total[2], total[5], total[4], missed, descriptions().size(),
                total[1] + total[3] + total[5] + missed, all);
        return List.of(total[1], total[3], total[5], missed);
    }
}
