package org.demandgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.demandgraph.profile.Profile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The extraction measured on the 55 real profiles of {@code ../shared/real-profiles/} against the
 * independent annotation in {@code src/test/resources/extract/real/}. Prints every measure for the
 * unseen part, the rest and all annotated files. Run:
 * {@code ./mvnw -B -q -o test -Dtest=RealProfilesEvaluationTest}.
 */
class RealProfilesEvaluationTest {

    static RealAnnotation gold;
    static final Map<String, Profile> profiles = new TreeMap<>();
    static final Map<String, Facts> facts = new TreeMap<>();

    @BeforeAll
    static void extractEveryRealProfile() throws Exception {
        gold = RealAnnotation.read();
        assertTrue(Files.isDirectory(RealAnnotation.PROFILES), "missing " + RealAnnotation.PROFILES);
        List<Path> files;
        try (Stream<Path> listing = Files.list(RealAnnotation.PROFILES)) {
            files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path file : files) {
            Profile profile = TextProfiles.read(file);
            profiles.put(profile.source(), profile);
            facts.put(profile.source(), new Extractor().extract(profile));
        }
    }

    static RealEvaluation.Result unseen() {
        return RealEvaluation.run(gold, gold.files().stream().filter(gold.unseen()::contains).toList(), profiles, facts);
    }

    static RealEvaluation.Result all() {
        return RealEvaluation.run(gold, gold.files(), profiles, facts);
    }

    @Test
    void everyProfileAndAnnotationIsThere() {
        assertEquals(55, profiles.size());
        assertEquals(20, gold.unseen().size());
        assertTrue(gold.files().containsAll(gold.unseen()), "the unseen part is annotated");
        for (String f : gold.files()) assertTrue(profiles.containsKey(f), f);
        for (RealAnnotation.Op o : gold.operations())
            assertTrue(0 <= o.start() && o.start() < o.end() && o.end() <= profiles.get(o.file()).text().length(), o.toString());
    }

    @Test
    void printsTheMeasures() {
        RealEvaluation.Result unseen = unseen(), all = all();
        System.out.println("=== unseen (" + gold.unseen().size() + " files)\n" + unseen.report());
        System.out.println("=== all annotated (" + gold.files().size() + " files)\n" + all.report());
        System.out.println("non-event dates: " + all.nonEventDates());
        System.out.println("accuracy.tsv:\n" + String.join("\n", published(all).stream()
                .map(p -> p.field() + "\t" + p.matched() + "\t" + p.extracted() + "\t" + p.annotated()).toList()));
    }

    private static List<PublishedAccuracy.Figure> published(RealEvaluation.Result r) {
        return RealEvaluation.MEASURES.stream()
                .map(m -> new PublishedAccuracy.Figure(m, r.get(m).matched(), r.get(m).extracted(), r.get(m).gold())).toList();
    }

    @Test
    void thePublishedAccuracyIsWhatTheEvaluationComputes() {
        assertEquals(published(all()), PublishedAccuracy.figures());
    }

    /** The table of docs/extraction.md after the line opening "All 55 annotated real profiles" is the published figures, row by row. */
    @Test
    void theDocumentedTableIsThePublishedFigures() throws Exception {
        List<String> lines = Files.readAllLines(TextProfiles.project().resolve("docs/extraction.md"));
        int at = 0;
        while (at < lines.size() && !lines.get(at).startsWith("All 55 annotated real profiles")) at++;
        assertTrue(at < lines.size(), "docs/extraction.md has no table of the published figures");
        List<String> rows = new ArrayList<>();
        for (int i = at + 1; i < lines.size() && rows.size() < PublishedAccuracy.figures().size() + 2; i++)
            if (lines.get(i).startsWith("|")) rows.add(lines.get(i));
        rows = rows.subList(2, rows.size()); // header and rule
        List<PublishedAccuracy.Figure> figures = PublishedAccuracy.figures();
        for (int i = 0; i < figures.size(); i++) {
            PublishedAccuracy.Figure f = figures.get(i);
            String cells = String.format(java.util.Locale.ROOT, "| %.3f (%d/%d) | %.3f (%d/%d) |",
                    f.precision(), f.matched(), f.extracted(), f.recall(), f.matched(), f.annotated());
            assertTrue(rows.get(i).endsWith(cells), f.field() + ": expected a row ending " + cells + ", found " + rows.get(i));
        }
    }

    /**
     * Floors just below the figures reached on all 55 annotated real profiles, so a regression fails:
     * the bars of issue 10 where they are reached (tactic, actor, precision everywhere), the figure reached
     * where not (recall of operations with a year and a count; docs/extraction.md gives both).
     */
    @Test
    void meetsTheBarsOnTheAnnotatedRealProfiles() {
        RealEvaluation.Result all = all();
        assertAtLeast(all.get("operations with year and count"), 0.95, 0.93);
        assertAtLeast(all.get("all operations"), 0.95, 0.93);
        assertAtLeast(all.get("operation date"), 0.9, 0.88);
        assertAtLeast(all.get("count with bound"), 0.95, 0.93);
        assertAtLeast(all.get("agency"), 0.96, 0.85);
        assertAtLeast(all.get("tactic"), 0.99, 0.97);
        assertAtLeast(all.get("actor"), 0.98, 0.99);
        assertEquals(List.of(), all.nonEventDates(), "operations dated by a year no annotated operation has: " + all.nonEventDates());
    }

    private static void assertAtLeast(Score s, double precision, double recall) {
        assertTrue(s.precision() >= precision && s.recall() >= recall, s + " below " + precision + " / " + recall);
    }

    @Test
    void everyExtractedEvidenceIsVerbatimAtItsOffsetsOnAll55() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, Facts> e : facts.entrySet()) {
            checked += ExtractedFields.evidence(e.getValue()).size();
            ExtractedFields.notVerbatim(e.getValue(), profiles.get(e.getKey()).text()).forEach(w -> wrong.add(e.getKey() + " " + w));
        }
        assertTrue(checked > 100, "too little evidence extracted: " + checked);
        assertEquals(List.of(), wrong);
    }
}
