package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.demandgraph.extract.RealAnnotation.Op;
import org.demandgraph.profile.Profile;

/**
 * Scores extracted facts against the real-profile annotation, per field. Matching rules (written
 * before the scores were known, see docs/extraction.md):
 * <ul>
 * <li>operations with a year and a count: (file, year, count), each annotated operation matched once;</li>
 * <li>all operations: an extracted operation matches an unmatched annotated one of its file whose span
 *     overlaps one of its evidence spans, preferring one with the same year or since-year;</li>
 * <li>operation date / count with bound / agency: over those matched pairs; an extracted value is
 *     right when its matched annotated operation has the same value (date as precise, count and bound,
 *     agency by name or acronym);</li>
 * <li>tactic uses: (file, tactic); actors: (file, agency name or acronym; "X Police" is "X Police Department").</li>
 * </ul>
 * The report gives offsets and values, never the profile's words.
 */
final class RealEvaluation {

    /** Every measure for one set of files. */
    record Result(Map<String, Score> scores, List<String> nonEventDates, String report) {
        Score get(String measure) {
            return scores.get(measure);
        }
    }

    static final List<String> MEASURES = List.of("operations with year and count", "all operations", "operation date",
            "count with bound", "agency", "tactic", "actor");

    private RealEvaluation() {}

    static Result run(RealAnnotation gold, Collection<String> files, Map<String, Profile> profiles, Map<String, Facts> facts) {
        Map<String, Score> scores = new LinkedHashMap<>();
        for (String m : MEASURES) scores.put(m, new Score(0, 0, 0));
        List<String> nonEvent = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        for (String file : new TreeSet<>(files)) {
            Facts f = facts.get(file);
            if (f == null) throw new IllegalStateException("no profile " + file);
            List<String> lines = new ArrayList<>();
            List<Op> ops = gold.operations().stream().filter(o -> o.file().equals(file)).toList();
            add(scores, "operations with year and count", yearAndCount(ops, f.operations(), lines));
            Map<Operation, Op> pairs = pair(ops, f.operations(), lines);
            add(scores, "all operations", new Score(pairs.size(), f.operations().size(), ops.size()));
            add(scores, "operation date", field("date", pairs, ops, f.operations(), o -> o.date() == null ? null : o.date().lexical(), Op::dateLexical, lines));
            add(scores, "count with bound", field("count", pairs, ops, f.operations(),
                    o -> o.arrests() == null ? null : o.arrests().value() + " " + boundName(o.arrests().bound()),
                    g -> g.arrests().isEmpty() ? null : g.arrests().getAsInt() + " " + g.boundOrExact(), lines));
            // The annotation writes every lower bound ("at least", "over", "more than") as more-than.
            add(scores, "agency", agencies(pairs, ops, f.operations(), lines));
            add(scores, "tactic", tactics(gold, file, f, lines));
            add(scores, "actor", actors(gold, file, f, lines));
            Set<Integer> eventYears = new TreeSet<>();
            for (Op o : ops) {
                o.year().ifPresent(eventYears::add);
                o.endYear().ifPresent(eventYears::add);
                o.since().ifPresent(eventYears::add);
            }
            for (Operation o : f.operations())
                if (o.date() != null && !eventYears.contains(o.date().year()))
                    nonEvent.add(file + " " + o.date().lexical() + " at " + span(o.evidence()));
            if (!lines.isEmpty()) {
                report.append("  ").append(file).append('\n');
                lines.forEach(l -> report.append("    ").append(l).append('\n'));
            }
        }
        StringBuilder head = new StringBuilder();
        scores.forEach((k, v) -> head.append(String.format("%-32s %s%n", k, v)));
        head.append("operations dated by a year no annotated operation has: ").append(nonEvent.size()).append('\n');
        return new Result(scores, nonEvent, head + report.toString());
    }

    private static void add(Map<String, Score> scores, String measure, Score s) {
        scores.merge(measure, s, Score::plus);
    }

    private static Score yearAndCount(List<Op> ops, List<Operation> extracted, List<String> lines) {
        List<Op> unmatched = new ArrayList<>(ops.stream().filter(Op::hasYearAndCount).toList());
        int goldCount = unmatched.size(), n = 0, matched = 0;
        for (Operation op : extracted) {
            if (op.date() == null || op.arrests() == null) continue;
            n++;
            Op hit = unmatched.stream().filter(g -> g.year().getAsInt() == op.date().year()
                    && g.arrests().getAsInt() == op.arrests().value()).findFirst().orElse(null);
            if (hit == null) lines.add("false year/count " + op.date().year() + "/" + op.arrests().value() + " at " + span(op.evidence()));
            else { unmatched.remove(hit); matched++; }
        }
        for (Op g : unmatched) lines.add("missed year/count " + g.year().getAsInt() + "/" + g.arrests().getAsInt() + " at [" + g.start() + "," + g.end() + ")");
        return new Score(matched, n, goldCount);
    }

    /** Extracted operation → the annotated one it matches (by overlapping span, same year preferred). */
    private static Map<Operation, Op> pair(List<Op> ops, List<Operation> extracted, List<String> lines) {
        Map<Operation, Op> pairs = new LinkedHashMap<>();
        List<Op> free = new ArrayList<>(ops);
        for (Operation op : extracted) {
            List<Evidence> spans = ExtractedFields.evidence(op);
            List<Op> overlapping = free.stream()
                    .filter(g -> spans.stream().anyMatch(e -> e.start() < g.end() && g.start() < e.end())).toList();
            Op best = overlapping.stream().filter(g -> sameTime(op, g)).findFirst()
                    .orElse(overlapping.isEmpty() ? null : overlapping.get(0));
            if (best == null) { lines.add("extra operation " + op.label() + " at " + span(op.evidence())); continue; }
            free.remove(best);
            pairs.put(op, best);
        }
        for (Op g : free)
            lines.add("missed operation " + (g.dateLexical() != null ? g.dateLexical() : g.since().isPresent() ? "since " + g.since().getAsInt() : "undated")
                    + (g.arrests().isPresent() ? " " + g.arrests().getAsInt() : "") + " at [" + g.start() + "," + g.end() + ")");
        return pairs;
    }

    private static boolean sameTime(Operation op, Op g) {
        if (op.date() != null && g.year().isPresent()) return op.date().year() == g.year().getAsInt();
        if (op.since() != null && g.since().isPresent()) return op.since().year() == g.since().getAsInt();
        return op.date() == null && op.since() == null && g.year().isEmpty() && g.since().isEmpty();
    }

    private static Score field(String name, Map<Operation, Op> pairs, List<Op> ops, List<Operation> extracted,
                               java.util.function.Function<Operation, String> mine, java.util.function.Function<Op, String> theirs,
                               List<String> lines) {
        int n = 0, right = 0, goldN = 0;
        Set<Op> found = new java.util.HashSet<>();
        for (Operation o : extracted) {
            String v = mine.apply(o);
            Op g = pairs.get(o);
            if (v == null) continue;
            n++;
            if (g != null && v.equals(theirs.apply(g))) { right++; found.add(g); }
            else lines.add("wrong " + name + " " + v + (g == null ? " (unpaired)" : " annotated " + theirs.apply(g)) + " at " + span(o.evidence()));
        }
        for (Op g : ops) {
            if (theirs.apply(g) == null) continue;
            goldN++;
            if (!found.contains(g) && pairs.entrySet().stream().anyMatch(e -> e.getValue() == g && mine.apply(e.getKey()) == null))
                lines.add("missed " + name + " " + theirs.apply(g) + " at [" + g.start() + "," + g.end() + ")");
        }
        return new Score(right, n, goldN);
    }

    private static Score agencies(Map<Operation, Op> pairs, List<Op> ops, List<Operation> extracted, List<String> lines) {
        int n = 0, right = 0, goldN = 0;
        for (Operation o : extracted) {
            Op g = pairs.get(o);
            Set<String> wanted = g == null ? Set.of() : g.agencies().stream().map(RealEvaluation::norm).collect(Collectors.toSet());
            Set<String> got = new TreeSet<>();
            for (Actor a : o.conductedBy()) {
                n++;
                String hit = names(a).stream().filter(wanted::contains).findFirst().orElse(null);
                if (hit != null) { right++; got.add(hit); }
                else lines.add("wrong agency " + a.name() + " at " + span(o.evidence()));
            }
            for (String w : wanted) if (!got.contains(w)) lines.add("missed agency " + w + " at [" + g.start() + "," + g.end() + ")");
        }
        for (Op g : ops) goldN += g.agencies().size();
        return new Score(right, n, goldN);
    }

    private static Score tactics(RealAnnotation gold, String file, Facts f, List<String> lines) {
        Set<String> annotated = gold.uses().stream().filter(u -> u.file().equals(file)).map(RealAnnotation.Use::tactic)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> extracted = f.tacticUses().stream().map(u -> slug(u.tactic().label())).collect(Collectors.toCollection(TreeSet::new));
        int matched = 0;
        for (String t : extracted) if (annotated.contains(t)) matched++; else lines.add("false tactic " + t);
        for (String t : annotated) if (!extracted.contains(t)) lines.add("missed tactic " + t);
        return new Score(matched, extracted.size(), annotated.size());
    }

    private static Score actors(RealAnnotation gold, String file, Facts f, List<String> lines) {
        Set<String> annotated = gold.actors().stream().filter(a -> a.file().equals(file)).map(a -> norm(a.name()))
                .collect(Collectors.toCollection(TreeSet::new));
        int matched = 0;
        Set<String> found = new TreeSet<>();
        for (Actor a : f.actors()) {
            List<String> names = names(a);
            String hit = annotated.stream().filter(names::contains).findFirst().orElse(null);
            if (hit != null && found.add(hit)) matched++;
            else if (hit == null) lines.add("false actor " + a.name() + " at " + span(a.evidence()));
        }
        for (String a : annotated) if (!found.contains(a)) lines.add("missed actor " + a);
        return new Score(matched, f.actors().size(), annotated.size());
    }

    private static List<String> names(Actor a) {
        List<String> out = new ArrayList<>();
        out.add(norm(a.name()));
        for (String alt : a.altLabels()) out.add(norm(alt));
        return out;
    }

    /**
     * A name for matching: case, apostrophes and a leading "the" aside; "X Police" and "X Police Department" are one
     * name, and so are "X Sheriff's Office" and "X Sheriff's Department" (the annotation's rule: one agency under two names).
     */
    static String norm(String name) {
        return name.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").replaceFirst("^the ", "").trim()
                .replaceFirst(" police department$", " police").replaceFirst(" sheriff's department$", " sheriff's office");
    }

    static String slug(String label) {
        return label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static String boundName(ArrestCount.Bound b) {
        return b == ArrestCount.Bound.AT_LEAST ? "more-than" : b.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String span(Evidence e) {
        return "[" + e.start() + "," + e.end() + ")";
    }
}
