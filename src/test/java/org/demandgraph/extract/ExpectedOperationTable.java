package org.demandgraph.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Expected operations per paragraph as data ({@code extract/real-language/operations-*-expected.tsv}: fixture, paragraph,
 * operations as {@link ParaphraseShapesTest#summary} joined by " | ", shape), checked fixture by fixture.
 */
final class ExpectedOperationTable {

    private ExpectedOperationTable() {
    }

    /** Checks every fixture of the table; paragraphs still known to be wrong must still differ. */
    static void check(String table, Map<String, Set<Integer>> knownWrong) {
        Map<String, List<List<String>>> expected = new LinkedHashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(TextProfiles.project().resolve("src/test/resources/extract/real-language").resolve(table));
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cols = line.split("\t", -1);
            List<List<String>> paragraphs = expected.computeIfAbsent(cols[0], k -> new ArrayList<>());
            if (Integer.parseInt(cols[1]) != paragraphs.size()) throw new IllegalStateException("paragraphs out of order: " + line);
            paragraphs.add(cols[2].isEmpty() ? List.of() : Arrays.asList(cols[2].split(" \\| ")));
        }
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, List<List<String>>> e : expected.entrySet()) {
            try {
                ParaphraseShapesTest.check(e.getKey(), e.getValue(), knownWrong.getOrDefault(e.getKey(), Set.of()));
            } catch (AssertionError ex) {
                failures.add(ex.getMessage());
            }
        }
        if (!failures.isEmpty()) throw new AssertionError(String.join("\n", failures));
    }
}
