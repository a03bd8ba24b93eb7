package org.demandgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every round of expected facts in {@code extract/real-language/} (a {@code .tsv} whose rows are {@code op}, {@code actor},
 * {@code tactic} or {@code page}: blind measurements and the fixtures of each fix round) scored against the extractor.
 * The differences a round still has are data beside it, one a line in {@code <round>.differences}, whose {@code #}
 * header tells how the pages were written and the round's figures at each step. The test prints each round's figures
 * and differences and fails when the differences are not exactly the recorded ones: a line now right must leave, a new
 * line is a regression to fix.
 *
 * <p>{@code -Ddemandgraph.rounds=round18} scores only the rounds whose file name contains it (none matching fails);
 * {@code -Ddemandgraph.regenerate=true} rewrites each scored round's lines from this run, keeping its header: review
 * every changed line before committing it.
 */
class RealLanguageRoundsTest {

    private static final Path FOLDER = TextProfiles.project().resolve("src/test/resources/extract/real-language");
    private static final Set<String> ROW_KINDS = Set.of("op", "actor", "tactic", "page");
    private static final String DIFFERENCES = ".differences";

    static Stream<String> rounds() throws IOException {
        String only = System.getProperty("demandgraph.rounds", "");
        return roundFiles().stream().filter(name -> name.contains(only));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rounds")
    void differencesAreTheRecordedOnes(String tsv) throws IOException {
        Path recorded = FOLDER.resolve(tsv.replaceFirst("\\.tsv$", DIFFERENCES));
        List<String> lines = Files.readAllLines(recorded, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("demandgraph.regenerate")) {
            List<String> rewritten = new ArrayList<>(lines.stream().filter(l -> l.startsWith("#")).toList());
            rewritten.addAll(LongNarrativeEvaluation.of(tsv).differences());
            Files.write(recorded, rewritten, StandardCharsets.UTF_8);
            lines = rewritten;
        }
        LongNarrativeEvaluation.check(tsv, lines.stream().filter(l -> !l.startsWith("#") && !l.isBlank()).toList(),
                "src/test/resources/extract/real-language/" + recorded.getFileName());
    }

    /** A round file without its differences file, or a differences file without its round, is an error, never a skip. */
    @Test
    void everyRoundHasItsDifferencesAndNoneIsStray() throws IOException {
        List<String> rounds = roundFiles();
        assertFalse(rounds.isEmpty(), "no round files in " + FOLDER);
        List<String> expected = rounds.stream().map(t -> t.replaceFirst("\\.tsv$", DIFFERENCES)).toList();
        try (Stream<Path> files = Files.list(FOLDER)) {
            List<String> present = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(DIFFERENCES)).sorted().toList();
            assertEquals(expected, present);
        }
    }

    /** The expectation files in the round format, sorted by name. */
    private static List<String> roundFiles() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tsv")).sorted()
                    .filter(n -> isRoundFormat(FOLDER.resolve(n))).toList();
        }
    }

    private static boolean isRoundFormat(Path tsv) {
        try {
            List<String> rows = Files.readAllLines(tsv, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            return !rows.isEmpty() && rows.stream().allMatch(l -> ROW_KINDS.contains(l.split("\t", 2)[0]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
