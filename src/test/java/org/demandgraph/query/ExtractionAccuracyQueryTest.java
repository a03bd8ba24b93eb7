package org.demandgraph.query;

import static org.demandgraph.query.RealisticCorpus.integer;
import static org.demandgraph.query.RealisticCorpus.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.demandgraph.extract.PublishedAccuracy;
import org.demandgraph.extract.PublishedAccuracy.Pages;
import org.junit.jupiter.api.Test;

/**
 * extraction-accuracy.rq on the realistic corpus gives one row per field of either published set, sorted by field,
 * with each set's precision and recall recomputed here from its counts, and empty cells where a set lacks the field.
 */
class ExtractionAccuracyQueryTest {

    @Test
    void oneRowPerFieldWithBothSetsFigures() {
        Map<String, PublishedAccuracy.Figure> development = byField(Pages.DEVELOPMENT), unseen = byField(Pages.UNSEEN);
        TreeMap<String, Boolean> fields = new TreeMap<>();
        development.keySet().forEach(f -> fields.put(f, true));
        unseen.keySet().forEach(f -> fields.put(f, true));
        List<Map<String, Node>> rows = RealisticCorpus.get().run("extraction-accuracy");
        assertEquals(List.copyOf(fields.keySet()), rows.stream().map(r -> text(r, "field")).toList());
        for (Map<String, Node> row : rows) {
            String field = text(row, "field");
            check(row, "development", development.get(field));
            check(row, "unseen", unseen.get(field));
        }
    }

    private static void check(Map<String, Node> row, String set, PublishedAccuracy.Figure f) {
        if (f == null) {
            assertNull(row.get(set + "Precision"), set);
            return;
        }
        assertEquals((double) f.matched() / f.extracted(), decimal(row, set + "Precision"), 1e-12, f.field());
        assertEquals((double) f.matched() / f.annotated(), decimal(row, set + "Recall"), 1e-12, f.field());
        assertEquals(f.annotated(), integer(row, set + "Annotated").intValue(), f.field());
    }

    private static double decimal(Map<String, Node> row, String var) {
        return Double.parseDouble(row.get(var).getLiteralLexicalForm());
    }

    private static Map<String, PublishedAccuracy.Figure> byField(Pages pages) {
        Map<String, PublishedAccuracy.Figure> out = new TreeMap<>();
        for (PublishedAccuracy.Figure f : PublishedAccuracy.figures(pages)) out.put(f.field(), f);
        return out;
    }
}
