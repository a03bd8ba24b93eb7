package org.demandgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.demandgraph.extract.PublishedAccuracy.Pages;
import org.junit.jupiter.api.Test;

/**
 * The accuracy published for unseen text ({@code accuracy-unseen.tsv}, the quality graph's dg:unseenExtraction*
 * measurements, the table in docs/extraction.md) is what the current extractor scores on the blind pages of
 * {@link #BLIND}: pages written and annotated by helpers who had not read the extractor, committed before its first
 * run on them. No rule may be tuned on them; a set that is tuned on leaves this list for a new blind set.
 */
class UnseenAccuracyTest {

    /** The blind sets' expected facts (their pages are named in each file). */
    static final List<String> BLIND = List.of("round22-unseen-a.tsv", "round22-unseen-b.tsv", "round22-unseen-c.tsv", "round22-unseen-long.tsv");

    /** Each published field and how the evaluation of one set scores it. */
    private static final List<Field> FIELDS = List.of(
            new Field("operations with year and count", LongNarrativeEvaluation::yearAndCount),
            new Field("all operations", LongNarrativeEvaluation::allOperations),
            new Field("agency", LongNarrativeEvaluation::agencies),
            new Field("tactic", LongNarrativeEvaluation::tactics),
            new Field("actor", LongNarrativeEvaluation::actors));

    private record Field(String name, Function<LongNarrativeEvaluation, Score> score) {}

    static List<PublishedAccuracy.Figure> computed() {
        List<LongNarrativeEvaluation> sets = BLIND.stream().map(LongNarrativeEvaluation::of).toList();
        List<PublishedAccuracy.Figure> out = new ArrayList<>();
        for (Field f : FIELDS) {
            Score s = new Score(0, 0, 0);
            for (LongNarrativeEvaluation e : sets) s = s.plus(f.score().apply(e));
            out.add(new PublishedAccuracy.Figure(f.name(), s.matched(), s.extracted(), s.gold()));
        }
        return out;
    }

    @Test
    void thePublishedUnseenAccuracyIsWhatTheBlindPagesScore() {
        List<PublishedAccuracy.Figure> computed = computed();
        System.out.println("accuracy-unseen.tsv:\n" + String.join("\n", computed.stream()
                .map(p -> p.field() + "\t" + p.matched() + "\t" + p.extracted() + "\t" + p.annotated()).toList()));
        assertEquals(computed, PublishedAccuracy.figures(Pages.UNSEEN));
    }

    /** The table of docs/extraction.md after the line opening "Blind pages never tuned on" is the published figures. */
    @Test
    void theDocumentedTableIsThePublishedFigures() throws Exception {
        List<String> lines = Files.readAllLines(TextProfiles.project().resolve("docs/extraction.md"));
        int at = 0;
        while (at < lines.size() && !lines.get(at).startsWith("Blind pages never tuned on")) at++;
        assertTrue(at < lines.size(), "docs/extraction.md has no table of the unseen figures");
        List<PublishedAccuracy.Figure> figures = PublishedAccuracy.figures(Pages.UNSEEN);
        List<String> rows = new ArrayList<>();
        for (int i = at + 1; i < lines.size() && rows.size() < figures.size() + 2; i++)
            if (lines.get(i).startsWith("|")) rows.add(lines.get(i));
        rows = rows.subList(2, rows.size()); // header and rule
        for (int i = 0; i < figures.size(); i++) {
            PublishedAccuracy.Figure f = figures.get(i);
            String cells = String.format(Locale.ROOT, "| %s | %.3f (%d/%d) | %.3f (%d/%d) |",
                    f.field(), f.precision(), f.matched(), f.extracted(), f.recall(), f.matched(), f.annotated());
            assertEquals(cells, rows.get(i), f.field());
        }
    }
}
