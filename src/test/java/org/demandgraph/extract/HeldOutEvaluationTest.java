package org.demandgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.demandgraph.extract.HeldOutGold.GoldOperation;
import org.demandgraph.extract.HeldOutGold.GoldTacticUse;
import org.demandgraph.profile.Profile;
import org.demandgraph.profile.ProfileReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.demandgraph.vocab.Tactic;

/**
 * Estimates how the extraction does on profiles it was not written against: fifteen held-out profiles
 * in the site's style and their hand annotation (see the README beside them). Measures
 * (a) operations with a year and an arrest count, matched on (file, year, count), each annotated
 * operation matched at most once; (b) evidenced tactic uses, matched on (file, tactic);
 * (c) every extracted evidence verbatim at its offsets. Prints each file's misses and false positives.
 */
class HeldOutEvaluationTest {

    private static final double MIN_PRECISION = 0.9;
    private static final double MIN_RECALL = 0.85;

    private static HeldOutGold gold;
    private static final Map<String, Profile> profiles = new TreeMap<>();
    private static final Map<String, Facts> facts = new TreeMap<>();

    @BeforeAll
    static void extractEveryHeldOutProfile() throws Exception {
        gold = HeldOutGold.read();
        List<Path> files;
        try (Stream<Path> listing = Files.list(HeldOutGold.DIR)) {
            files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path file : files) {
            Profile profile = new ProfileReader().read(file);
            profiles.put(profile.source(), profile);
            facts.put(profile.source(), new Extractor().extract(profile));
        }
    }

    @Test
    void goldCoversEveryHeldOutProfileAndQuotesItVerbatim() {
        assertEquals(15, profiles.size());
        assertEquals(List.copyOf(profiles.keySet()), gold.files());
        for (GoldOperation op : gold.operations())
            assertTrue(profiles.get(op.file()).text().contains(op.quote()), op.file() + ": " + op.quote());
        for (GoldTacticUse use : gold.tacticUses())
            assertTrue(profiles.get(use.file()).text().contains(use.quote()), use.file() + ": " + use.quote());
    }

    @Test
    void heldOutProfilesReadAsCompletePages() {
        for (Profile p : profiles.values()) {
            assertEquals(p.source(), p.name().toLowerCase().replace(' ', '-') + "-" + p.stateCode().toLowerCase() + ".txt");
            assertEquals(13, p.listedTactics().size(), p.source());
            assertFalse(p.narrative().isEmpty(), p.source());
            assertFalse(p.keySources().isEmpty(), p.source());
            assertTrue(p.missing().isEmpty(), p.source() + " lacks " + p.missing());
        }
    }

    @Test
    void operationsWithYearAndArrestCount() {
        assertExtractorLanded();
        Score total = new Score(0, 0, 0);
        int exactDates = 0;
        StringBuilder report = new StringBuilder("(a) operations with a year and an arrest count\n");
        for (String file : profiles.keySet()) {
            List<GoldOperation> unmatched = new ArrayList<>(gold.operations().stream()
                    .filter(g -> g.file().equals(file) && g.hasYearAndCount()).toList());
            int goldCount = unmatched.size(), extracted = 0, matched = 0;
            List<String> falsePositives = new ArrayList<>();
            for (Operation op : facts.get(file).operations()) {
                OptionalInt year = ExtractedFields.year(op), arrests = ExtractedFields.arrests(op);
                if (year.isEmpty() || arrests.isEmpty()) continue;
                extracted++;
                GoldOperation hit = unmatched.stream()
                        .filter(g -> g.year().getAsInt() == year.getAsInt() && g.arrests().getAsInt() == arrests.getAsInt())
                        .findFirst().orElse(null);
                if (hit == null) {
                    falsePositives.add(year.getAsInt() + "/" + arrests.getAsInt() + " from " + quoted(op));
                    continue;
                }
                unmatched.remove(hit);
                matched++;
                if (lexical(hit).equals(ExtractedFields.dateLexical(op))) exactDates++;
            }
            total = total.plus(new Score(matched, extracted, goldCount));
            misses(report, file, unmatched.stream().map(g -> g.year().getAsInt() + "/" + g.arrests().getAsInt()
                    + " from \"" + g.quote() + "\"").toList(), falsePositives);
        }
        report.append("total: ").append(total).append("; dates exactly as precise as annotated: ")
                .append(exactDates).append('/').append(total.matched()).append('\n');
        System.out.print(report);
        assertMeets(total);
    }

    @Test
    void evidencedTacticUses() {
        assertExtractorLanded();
        Score total = new Score(0, 0, 0), narrativeOnly = new Score(0, 0, 0);
        StringBuilder report = new StringBuilder("(b) evidenced tactic uses\n");
        for (String file : profiles.keySet()) {
            narrativeOnly = narrativeOnly.plus(narrativeScore(file));
            Map<Tactic, String> annotated = gold.tacticUses().stream().filter(g -> g.file().equals(file))
                    .collect(Collectors.toMap(GoldTacticUse::tactic, GoldTacticUse::quote, (a, b) -> a, LinkedHashMap::new));
            Map<Tactic, String> extracted = new LinkedHashMap<>();
            for (TacticUse use : facts.get(file).tacticUses())
                extracted.putIfAbsent(use.tactic(), use.evidence().exact());
            Set<Tactic> matched = EnumSet.noneOf(Tactic.class);
            matched.addAll(extracted.keySet());
            matched.retainAll(annotated.keySet());
            total = total.plus(new Score(matched.size(), extracted.size(), annotated.size()));
            misses(report, file,
                    annotated.entrySet().stream().filter(e -> !matched.contains(e.getKey()))
                            .map(e -> e.getKey().label() + " from \"" + e.getValue() + "\"").toList(),
                    extracted.entrySet().stream().filter(e -> !matched.contains(e.getKey()))
                            .map(e -> e.getKey().label() + " from \"" + e.getValue() + "\"").toList());
        }
        report.append("total: ").append(total).append('\n')
                .append("narrative evidence alone (Key Sources headings aside, not asserted): ").append(narrativeOnly).append('\n');
        System.out.print(report);
        assertMeets(total);
    }

    /** Tactic uses shown by the narrative, against extracted uses with a narrative basis. */
    private static Score narrativeScore(String file) {
        Profile profile = profiles.get(file);
        Set<String> headings = profile.keySources().stream().filter(g -> g.heading() != null)
                .map(g -> g.heading().text()).collect(Collectors.toSet());
        Set<Tactic> annotated = gold.tacticUses().stream()
                .filter(g -> g.file().equals(file) && !headings.contains(g.quote()))
                .map(GoldTacticUse::tactic).collect(Collectors.toCollection(() -> EnumSet.noneOf(Tactic.class)));
        Set<Tactic> extracted = facts.get(file).tacticUses().stream()
                .filter(u -> u.basis() == TacticUse.Basis.NARRATIVE)
                .map(TacticUse::tactic).collect(Collectors.toCollection(() -> EnumSet.noneOf(Tactic.class)));
        Set<Tactic> matched = EnumSet.noneOf(Tactic.class);
        matched.addAll(extracted);
        matched.retainAll(annotated);
        return new Score(matched.size(), extracted.size(), annotated.size());
    }

    @Test
    void everyExtractedEvidenceIsVerbatimAtItsOffsets() {
        assertExtractorLanded();
        int checked = 0;
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Facts> e : facts.entrySet()) {
            checked += ExtractedFields.evidence(e.getValue()).size();
            ExtractedFields.notVerbatim(e.getValue(), profiles.get(e.getKey()).text()).forEach(w -> wrong.add(e.getKey() + " " + w));
        }
        System.out.println("(c) evidence verbatim at its offsets: " + (checked - wrong.size()) + "/" + checked);
        assertTrue(checked > 0, "no evidence extracted");
        assertEquals(List.of(), wrong);
    }

    /** An extractor that returns no facts at all is broken, not unmeasured. */
    private static void assertExtractorLanded() {
        assertFalse(facts.values().stream().allMatch(f -> f.operations().isEmpty() && f.tacticUses().isEmpty()),
                "the extractor returns no facts for any held-out profile: extraction has not landed");
    }

    private static void assertMeets(Score score) {
        assertTrue(score.precision() >= MIN_PRECISION && score.recall() >= MIN_RECALL,
                "below precision " + MIN_PRECISION + " / recall " + MIN_RECALL + ": " + score);
    }

    private static void misses(StringBuilder report, String file, List<String> missed, List<String> falsePositives) {
        if (missed.isEmpty() && falsePositives.isEmpty()) return;
        report.append("  ").append(file).append('\n');
        missed.forEach(m -> report.append("    missed ").append(m).append('\n'));
        falsePositives.forEach(f -> report.append("    false  ").append(f).append('\n'));
    }

    /** The annotated date as the graph writes it: "2014", "2014-02" or "2014-02-14". */
    private static String lexical(GoldOperation g) {
        String s = String.valueOf(g.year().getAsInt());
        if (g.month().isPresent()) s += String.format("-%02d", g.month().getAsInt());
        if (g.day().isPresent()) s += String.format("-%02d", g.day().getAsInt());
        return s;
    }

    private static String quoted(Operation op) {
        List<Evidence> evidence = ExtractedFields.evidence(op);
        return evidence.isEmpty() ? "(no evidence)" : "\"" + evidence.get(0).exact() + "\"";
    }
}
