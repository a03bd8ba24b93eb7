package org.demandgraph.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.profile.Block;
import org.demandgraph.profile.Profile;
import org.demandgraph.vocab.Tactic;

/**
 * Long narratives scored against expected facts written in a tab-separated file before the extractor was run on them
 * ({@code extract/real-language/round8-long-narratives.tsv}: operations per paragraph with their agencies, actors,
 * tactics). Operations match on (fixture, paragraph, summary as {@link ParaphraseShapesTest#summary}); the
 * year-and-count measure matches on (fixture, year, count) as the real-set evaluation does.
 */
final class LongNarrativeEvaluation {

    /** One operation, expected or found: where it is introduced, its summary and its agencies (sorted). */
    record Op(String fixture, int paragraph, String summary, List<String> agencies) {
        String where() {
            return fixture + " ¶" + paragraph;
        }
    }

    private static final Pattern COUNT = Pattern.compile(" (\\d+) (?:EXACT|AT_LEAST|MORE_THAN|APPROXIMATELY)");
    private static final Pattern YEARS = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");

    final List<Op> expected = new ArrayList<>();
    final List<Op> found = new ArrayList<>();
    final Map<String, Set<String>> expectedActors = new TreeMap<>();
    final Map<String, Set<String>> foundActors = new TreeMap<>();
    final Map<String, Set<Tactic>> expectedTactics = new TreeMap<>();
    final Map<String, Set<Tactic>> foundTactics = new TreeMap<>();
    /** Every fixture named by a line, so a page with no expected operation or actor is still scored. */
    final Set<String> fixtures = new TreeSet<>();

    /**
     * Scores the pages of an expectations file, prints the figures and differences, and asserts the differences left
     * (recorded in the file {@code recordedIn}, named by the failure).
     */
    static void check(String expectations, List<String> left, String recordedIn) {
        LongNarrativeEvaluation e = of(expectations);
        System.out.println(expectations + ": " + e.figures());
        e.differences().forEach(d -> System.out.println("  " + d));
        org.junit.jupiter.api.Assertions.assertEquals(left, e.differences(),
                () -> expectations + ": the differences are not those recorded in " + recordedIn);
    }

    static LongNarrativeEvaluation of(String expectations) {
        LongNarrativeEvaluation e = new LongNarrativeEvaluation();
        List<String> lines;
        try {
            lines = Files.readAllLines(TextProfiles.project().resolve("src/test/resources/extract/real-language").resolve(expectations),
                    StandardCharsets.UTF_8);
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            e.fixtures.add(f[1]);
            switch (f[0]) {
                case "op" -> e.expected.add(new Op(f[1], Integer.parseInt(f[2]), f[3],
                        f[4].isEmpty() ? List.of() : Arrays.stream(f[4].split("; ")).sorted().toList()));
                case "actor" -> e.expectedActors.computeIfAbsent(f[1], k -> new TreeSet<>()).add(f[2]);
                case "tactic" -> e.expectedTactics.computeIfAbsent(f[1], k -> new TreeSet<>()).add(Tactic.valueOf(f[2]));
                case "page" -> { } // a page expected to give no operation, actor or tactic: scored all the same
                default -> throw new IllegalArgumentException(expectations + ": " + line);
            }
        }
        for (String fixture : e.fixtures) e.extract(fixture);
        return e;
    }

    private void extract(String fixture) {
        Profile p = TextProfiles.fixture("real-language/" + fixture);
        Facts f = new Extractor().extract(p);
        List<Block> paragraphs = p.narrative().stream().filter(b -> b.kind() != Block.Kind.HEADING).toList();
        for (Operation o : f.operations())
            found.add(new Op(fixture, ParaphraseShapesTest.paragraph(paragraphs, o), ParaphraseShapesTest.summary(o),
                    o.conductedBy().stream().map(Actor::name).sorted().toList()));
        foundActors.put(fixture, AgencyAndTacticParaphrasesTest.actors(f));
        foundTactics.put(fixture, new TreeSet<>(AgencyAndTacticParaphrasesTest.tactics(f)));
    }

    private static String date(String summary) {
        return summary.substring(0, summary.indexOf(' '));
    }

    private static String withoutDate(String summary) {
        return summary.substring(summary.indexOf(' '));
    }

    private static String count(String summary) {
        Matcher m = COUNT.matcher(summary);
        return m.find() ? m.group(1) : null;
    }

    /** The operation's year, when it has a date and a count; else null. */
    private static String yearAndCount(Op o) {
        String d = date(o.summary()), c = count(o.summary());
        return d.equals("-") || c == null ? null : o.fixture() + " " + d.substring(0, 4) + " " + c;
    }

    private static Score matched(List<String> gold, List<String> got) {
        List<String> left = new ArrayList<>(gold);
        int m = 0;
        for (String g : got) if (left.remove(g)) m++;
        return new Score(m, got.size(), gold.size());
    }

    Score yearAndCount() {
        return matched(expected.stream().map(LongNarrativeEvaluation::yearAndCount).filter(s -> s != null).toList(),
                found.stream().map(LongNarrativeEvaluation::yearAndCount).filter(s -> s != null).toList());
    }

    Score allOperations() {
        return matched(expected.stream().map(o -> o.where() + " " + o.summary()).toList(),
                found.stream().map(o -> o.where() + " " + o.summary()).toList());
    }

    /** Agencies of the operations found exactly as expected. */
    Score agencies() {
        Score s = new Score(0, 0, 0);
        List<Op> left = new ArrayList<>(found);
        for (Op e : expected) {
            Op g = left.stream().filter(o -> o.where().equals(e.where()) && o.summary().equals(e.summary())).findFirst().orElse(null);
            if (g == null) continue;
            left.remove(g);
            s = s.plus(new Score((int) g.agencies().stream().filter(e.agencies()::contains).count(), g.agencies().size(), e.agencies().size()));
        }
        return s;
    }

    Score actors() {
        return sets(fixtures, expectedActors, foundActors);
    }

    Score tactics() {
        return sets(fixtures, expectedTactics, foundTactics);
    }

    private static <T> Score sets(Set<String> fixtures, Map<String, Set<T>> gold, Map<String, Set<T>> got) {
        Score s = new Score(0, 0, 0);
        for (String fixture : fixtures) {
            Set<T> g = got.getOrDefault(fixture, Set.of()), e = gold.getOrDefault(fixture, Set.of());
            s = s.plus(new Score((int) g.stream().filter(e::contains).count(), g.size(), e.size()));
        }
        return s;
    }

    /** Operations found with a year no expected operation of their fixture has (as date, end or since). */
    List<Op> nonEventYears() {
        List<Op> out = new ArrayList<>();
        for (Op g : found) {
            Set<String> years = new TreeSet<>();
            for (Op e : expected) if (e.fixture().equals(g.fixture())) YEARS.matcher(e.summary()).results().forEach(r -> years.add(r.group()));
            if (YEARS.matcher(g.summary()).results().anyMatch(r -> !years.contains(r.group()))) out.add(g);
        }
        return out;
    }

    /**
     * Every difference, one line each: an expected operation found with another date ("date"), with the same date and
     * another count, bound, kind or name ("details"), not found ("missed"), an operation found that is none ("false"),
     * agencies of an operation found right, actors and tactics missed or false.
     */
    List<String> differences() {
        List<String> out = new ArrayList<>();
        List<Op> gotLeft = new ArrayList<>(found), goldLeft = new ArrayList<>();
        for (Op e : expected) {
            Op g = gotLeft.stream().filter(o -> o.where().equals(e.where()) && o.summary().equals(e.summary())).findFirst().orElse(null);
            if (g == null) { goldLeft.add(e); continue; }
            gotLeft.remove(g);
            if (!g.agencies().equals(e.agencies())) out.add(e.where() + " agencies of " + e.summary() + ": expected " + e.agencies() + ", got " + g.agencies());
        }
        for (Op e : goldLeft) {
            Op g = gotLeft.stream().filter(o -> o.where().equals(e.where()) && withoutDate(o.summary()).equals(withoutDate(e.summary()))).findFirst()
                    .or(() -> gotLeft.stream().filter(o -> o.where().equals(e.where()) && date(o.summary()).equals(date(e.summary()))).findFirst())
                    .orElse(null);
            if (g == null) { out.add(e.where() + " missed: " + e.summary()); continue; }
            gotLeft.remove(g);
            out.add(e.where() + (date(g.summary()).equals(date(e.summary())) ? " details" : " date") + ": expected " + e.summary() + ", got " + g.summary());
        }
        for (Op g : gotLeft) out.add(g.where() + " false: " + g.summary() + " " + g.agencies());
        setDifferences("actor", fixtures, expectedActors, foundActors, out);
        setDifferences("tactic", fixtures, expectedTactics, foundTactics, out);
        return out;
    }

    private static <T> void setDifferences(String what, Set<String> fixtures, Map<String, Set<T>> gold, Map<String, Set<T>> got,
                                           List<String> out) {
        for (String fixture : fixtures) {
            Set<T> e = gold.getOrDefault(fixture, Set.of()), g = got.getOrDefault(fixture, Set.of());
            for (T t : e) if (!g.contains(t)) out.add(fixture + " " + what + " missed: " + t);
            for (T t : g) if (!e.contains(t)) out.add(fixture + " " + what + " false: " + t);
        }
    }

    /** The figures, one per line. */
    String figures() {
        List<String> d = differences();
        return "operations with year and count: " + yearAndCount() + "\n"
                + "all operations (exact date, kind, count, name): " + allOperations() + "\n"
                + "wrong date: " + d.stream().filter(s -> s.contains(" date: ")).count()
                + ", wrong count/bound/kind/name: " + d.stream().filter(s -> s.contains(" details: ")).count()
                + ", missed: " + d.stream().filter(s -> s.contains(" missed: ") && !s.contains(" actor ") && !s.contains(" tactic ")).count()
                + ", false: " + d.stream().filter(s -> s.contains(" false: ") && !s.contains(" actor ") && !s.contains(" tactic ")).count() + "\n"
                + "operations dated by a non-event year: " + nonEventYears().size() + "\n"
                + "agencies of operations found right: " + agencies() + "\n"
                + "actors: " + actors() + "\n"
                + "tactics: " + tactics();
    }
}
