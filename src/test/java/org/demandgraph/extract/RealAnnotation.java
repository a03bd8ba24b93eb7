package org.demandgraph.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * The independent annotation of the real development set ({@code src/test/resources/extract/real/}):
 * facts and character offsets into {@code ../shared/real-profiles/*.txt}, never the quoted words.
 * {@code done.txt} lists the annotated files; {@code unseen.txt} the twenty kept unseen for the
 * first-sight measurement.
 */
record RealAnnotation(List<String> files, Set<String> unseen, List<Op> operations, List<Use> uses, List<Agency> actors) {

    static final Path DIR = TextProfiles.project().resolve("src/test/resources/extract/real");
    static final Path PROFILES = TextProfiles.project().resolve("../shared/real-profiles");

    /** An annotated operation; absent fields are empty or null. */
    record Op(String file, int start, int end, OptionalInt year, OptionalInt month, OptionalInt day,
              OptionalInt endYear, OptionalInt endMonth, OptionalInt endDay, OptionalInt since, boolean recurring,
              OptionalInt arrests, String bound, Set<String> tactics, List<String> agencies, String name) {

        boolean hasYearAndCount() {
            return year.isPresent() && arrests.isPresent();
        }

        /** The date as the graph writes it ("2014", "2014-02", "2014-02-14"), or null. */
        String dateLexical() {
            if (year.isEmpty()) return null;
            String s = String.valueOf(year.getAsInt());
            if (month.isPresent()) s += String.format("-%02d", month.getAsInt());
            if (month.isPresent() && day.isPresent()) s += String.format("-%02d", day.getAsInt());
            return s;
        }

        /** "exact", "at-least", "more-than" or "approximately" (an empty bound is exact). */
        String boundOrExact() {
            return bound == null || bound.isBlank() ? "exact" : bound;
        }
    }

    record Use(String file, String tactic, int start, int end) {}

    record Agency(String file, String name, int start, int end) {}

    static RealAnnotation read() throws IOException {
        List<String> done = lines("done.txt").stream().map(String::trim).filter(s -> !s.isEmpty()).sorted().distinct().toList();
        Set<String> unseen = new TreeSet<>(lines("unseen.txt").stream().map(String::trim).filter(s -> !s.isEmpty()).toList());
        List<Op> ops = new ArrayList<>();
        for (String[] c : rows("operations.tsv", "file", "start", "end", "year", "month", "day", "end_year", "end_month",
                "end_day", "since", "recurring", "arrests", "bound", "tactics", "agencies", "name"))
            ops.add(new Op(c[0], Integer.parseInt(c[1]), Integer.parseInt(c[2]), num(c[3]), num(c[4]), num(c[5]),
                    num(c[6]), num(c[7]), num(c[8]), num(c[9]), c[10].equalsIgnoreCase("yes"), num(c[11]), c[12],
                    new TreeSet<>(split(c[13], ",")), split(c[14], ";"), c[15]));
        List<Use> uses = new ArrayList<>();
        for (String[] c : rows("tactic-uses.tsv", "file", "tactic", "start", "end"))
            uses.add(new Use(c[0], c[1], Integer.parseInt(c[2]), Integer.parseInt(c[3])));
        List<Agency> actors = new ArrayList<>();
        for (String[] c : rows("actors.tsv", "file", "agency", "start", "end"))
            actors.add(new Agency(c[0], c[1], Integer.parseInt(c[2]), Integer.parseInt(c[3])));
        return new RealAnnotation(done, unseen, List.copyOf(ops), List.copyOf(uses), List.copyOf(actors));
    }

    private static List<String> lines(String name) throws IOException {
        return Files.readAllLines(DIR.resolve(name), StandardCharsets.UTF_8);
    }

    /** The rows of a TSV whose header starts with the given columns (later columns, such as notes, ignored). */
    private static List<String[]> rows(String name, String... columns) throws IOException {
        List<String> lines = lines(name);
        List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
        if (header.size() < columns.length || !header.subList(0, columns.length).equals(List.of(columns)))
            throw new IllegalStateException(name + ": header does not start with " + List.of(columns));
        List<String[]> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            String[] c = Arrays.copyOf(lines.get(i).split("\t", -1), Math.max(columns.length, header.size()));
            for (int j = 0; j < c.length; j++) if (c[j] == null) c[j] = "";
            if (c[0].equals(columns[0])) continue; // a repeated header
            out.add(c);
        }
        return out;
    }

    private static OptionalInt num(String s) {
        String t = s.trim();
        return t.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(t));
    }

    private static List<String> split(String s, String sep) {
        return s.isBlank() ? List.of() : Arrays.stream(s.split(sep)).map(String::trim).filter(x -> !x.isEmpty()).toList();
    }
}
