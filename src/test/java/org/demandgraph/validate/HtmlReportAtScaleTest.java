package org.demandgraph.validate;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.demandgraph.vocab.Iris;
import org.junit.jupiter.api.Test;

/**
 * Before: the HTML report listed every result, 24 MB for 3,000 generated profiles (~30,000 results).
 * Now it counts results per shape, names the jurisdictions with the most, and lists the first
 * {@value ReportHtml#LISTED_PER_SHAPE} results of each shape, saying how many more the CSV holds.
 */
class HtmlReportAtScaleTest {

    private static final int CITIES = 130;

    /** Cities that each break the same shapes: a bare type, and a population that is not a number. */
    private static Graph data() {
        StringBuilder ttl = new StringBuilder("@prefix dg: <https://w3id.org/demandgraph/ontology#> .\n");
        for (int i = 0; i < CITIES; i++) {
            ttl.append("<https://w3id.org/demandgraph/jurisdiction/us/ct/town-").append(i)
                    .append("> a dg:City, dg:Jurisdiction ; dg:population \"many\" .\n");
        }
        return RDFParser.fromString(ttl.toString(), Lang.TURTLE).toGraph();
    }

    @Test
    void countsEveryResultButListsAFewPerShape() {
        Graph data = data();
        ValidationReport report = Validation.withBundledShapes().validate(data);
        // Expected, from the report itself: results per shape.
        Map<String, Integer> perShape = new TreeMap<>();
        for (ReportEntry e : report.getEntries()) perShape.merge(e.source().toString(), 1, Integer::sum);
        assertTrue(perShape.values().stream().anyMatch(n -> n > ReportHtml.LISTED_PER_SHAPE), perShape.toString());
        int listedExpected = perShape.values().stream().mapToInt(n -> Math.min(n, ReportHtml.LISTED_PER_SHAPE)).sum();
        int total = report.getEntries().size();

        String html = ValidationSummary.of(report, data).toHtml(Iris.defaults(), false);
        int listed = count(html, "<li class=\"");
        assertEquals(listedExpected, listed);
        assertTrue(html.contains((total - listedExpected) + " more are counted above"), "the rest is counted");
        Matcher rows = Pattern.compile("<td class=\"num\">(\\d+)</td></tr>").matcher(
                html.substring(html.indexOf("id=\"kinds\""), html.indexOf("</table>", html.indexOf("id=\"kinds\""))));
        int counted = 0;
        while (rows.find()) counted += Integer.parseInt(rows.group(1));
        assertEquals(total, counted, "the per-shape table counts every result");
        assertEquals(20, count(html.substring(html.indexOf("id=\"worst\"")), "<tr><td><a href="),
                "the twenty jurisdictions with most results");
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) n++;
        return n;
    }
}
