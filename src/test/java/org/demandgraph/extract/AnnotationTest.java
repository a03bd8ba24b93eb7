package org.demandgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.demandgraph.profile.Profile;
import org.junit.jupiter.api.Test;

/**
 * Measures the extraction against the hand annotation in {@code extract/annotation.tsv} (independent
 * data: written from the texts) and prints precision and recall: operations (year + count), the
 * subset with an arrest count, and evidenced tactic use per place.
 */
class AnnotationTest {

    private record Score(String what, int truePositives, int predicted, int gold) {
        double precision() { return predicted == 0 ? 1 : (double) truePositives / predicted; }

        double recall() { return gold == 0 ? 1 : (double) truePositives / gold; }

        @Override
        public String toString() {
            return String.format("%-42s precision %.3f (%d/%d)  recall %.3f (%d/%d)",
                    what, precision(), truePositives, predicted, recall(), truePositives, gold);
        }
    }

    @Test
    void precisionAndRecallAgainstTheHandAnnotation() throws IOException {
        Path fixtures = TextProfiles.project().resolve("src/test/resources/extract");
        List<String> goldOps = new ArrayList<>();
        Set<String> goldUses = new LinkedHashSet<>();
        Set<String> files = new LinkedHashSet<>();
        for (String line : Files.readAllLines(fixtures.resolve("annotation.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            files.add(f[1]);
            if (f[0].equals("op")) goldOps.add(f[1] + " " + f[2] + " " + f[3]);
            else goldUses.add(f[1] + " " + f[2]);
        }
        List<String> predOps = new ArrayList<>();
        Set<String> predUses = new LinkedHashSet<>();
        for (String file : files) {
            Path path = Files.exists(fixtures.resolve(file)) ? fixtures.resolve(file)
                    : TextProfiles.project().resolve("data/profiles").resolve(file);
            Profile profile = TextProfiles.read(path);
            Facts facts = new Extractor().extract(profile);
            for (Operation o : facts.operations()) {
                String when = o.date() != null ? Integer.toString(o.date().year())
                        : o.since() != null ? "since-" + o.since().lexical() : null;
                if (when == null) continue;
                predOps.add(file + " " + when + " " + (o.arrests() == null ? "-" : Integer.toString(o.arrests().value())));
            }
            for (TacticUse u : facts.tacticUses()) predUses.add(file + " " + u.tactic().name());
        }
        Predicate<String> counted = s -> !s.endsWith(" -");
        List<Score> scores = List.of(
                score("operations (year, count or none)", predOps, goldOps),
                score("operations with a year and an arrest count", predOps.stream().filter(counted).toList(),
                        goldOps.stream().filter(counted).toList()),
                score("evidenced tactic use (place, tactic)", new ArrayList<>(predUses), new ArrayList<>(goldUses)));
        scores.forEach(System.out::println);
        printDifferences(predOps, goldOps);
        printDifferences(new ArrayList<>(predUses), new ArrayList<>(goldUses));
        for (Score s : scores) {
            assertTrue(s.precision() >= 0.9, s.toString());
            assertTrue(s.recall() >= 0.85, s.toString());
        }
    }

    private static Score score(String what, List<String> predicted, List<String> gold) {
        Map<String, Integer> left = new HashMap<>();
        gold.forEach(g -> left.merge(g, 1, Integer::sum));
        int tp = 0;
        for (String p : predicted)
            if (left.getOrDefault(p, 0) > 0) { left.merge(p, -1, Integer::sum); tp++; }
        return new Score(what, tp, predicted.size(), gold.size());
    }

    private static void printDifferences(List<String> predicted, List<String> gold) {
        List<String> extra = new ArrayList<>(predicted);
        gold.forEach(extra::remove);
        List<String> missed = new ArrayList<>(gold);
        predicted.forEach(missed::remove);
        extra.forEach(e -> System.out.println("  false positive: " + e));
        missed.forEach(m -> System.out.println("  missed:         " + m));
    }
}
