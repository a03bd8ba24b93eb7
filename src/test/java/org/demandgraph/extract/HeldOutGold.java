package org.demandgraph.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.demandgraph.vocab.Slugs;
import org.demandgraph.vocab.Tactic;

/**
 * The hand annotation of the held-out profiles ({@code src/test/resources/extract/heldout/gold.tsv}):
 * one row per operation or evidenced tactic use, each with the verbatim quote that states it.
 */
record HeldOutGold(List<GoldOperation> operations, List<GoldTacticUse> tacticUses) {

    static final Path DIR = Path.of(System.getProperty("demandgraph.project.dir", "."),
            "src", "test", "resources", "extract", "heldout");

    private static final List<String> COLUMNS = List.of("file", "kind", "tactic", "year", "month", "day",
            "arrests", "bound", "since", "tactics", "agencies", "name", "quote");

    private static final Map<String, Tactic> BY_SLUG = Stream.of(Tactic.values())
            .collect(Collectors.toMap(t -> Slugs.slug(t.label()), Function.identity()));

    /** An annotated operation; year, month, day, arrests and since are empty when the text does not state them. */
    record GoldOperation(String file, OptionalInt year, OptionalInt month, OptionalInt day, OptionalInt arrests,
                         String bound, OptionalInt since, List<Tactic> tactics, List<String> agencies,
                         String name, String quote) {

        boolean hasYearAndCount() {
            return year.isPresent() && arrests.isPresent();
        }
    }

    /** An annotated tactic use: the tactic and the narrative sentence or Key Sources heading showing it. */
    record GoldTacticUse(String file, Tactic tactic, String quote) {}

    static HeldOutGold read() throws IOException {
        List<String> lines = Files.readAllLines(DIR.resolve("gold.tsv"), StandardCharsets.UTF_8);
        if (!List.of(lines.get(0).split("\t", -1)).equals(COLUMNS))
            throw new IllegalStateException("gold.tsv: header is not " + COLUMNS);
        List<GoldOperation> operations = new ArrayList<>();
        List<GoldTacticUse> uses = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            String[] c = lines.get(i).split("\t", -1);
            if (c.length != COLUMNS.size())
                throw new IllegalStateException("gold.tsv line " + (i + 1) + ": " + c.length + " columns");
            switch (c[1]) {
                case "operation" -> operations.add(new GoldOperation(c[0], number(c[3]), number(c[4]), number(c[5]),
                        number(c[6]), c[7], number(c[8]), tactics(c[9], i), split(c[10], ";"), c[11], c[12]));
                case "tactic-use" -> uses.add(new GoldTacticUse(c[0], tactic(c[2], i), c[12]));
                default -> throw new IllegalStateException("gold.tsv line " + (i + 1) + ": kind " + c[1]);
            }
        }
        return new HeldOutGold(List.copyOf(operations), List.copyOf(uses));
    }

    /** The profile files the annotation covers, sorted. */
    List<String> files() {
        return Stream.concat(operations.stream().map(GoldOperation::file), tacticUses.stream().map(GoldTacticUse::file))
                .distinct().sorted().toList();
    }

    private static OptionalInt number(String cell) {
        return cell.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(cell));
    }

    private static List<String> split(String cell, String separator) {
        return cell.isEmpty() ? List.of() : List.of(cell.split(separator));
    }

    private static List<Tactic> tactics(String cell, int line) {
        return split(cell, ",").stream().map(s -> tactic(s, line)).toList();
    }

    private static Tactic tactic(String slug, int line) {
        Tactic t = BY_SLUG.get(slug);
        if (t == null) throw new IllegalStateException("gold.tsv line " + (line + 1) + ": unknown tactic " + slug);
        return t;
    }
}
