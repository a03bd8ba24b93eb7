package org.demandgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.validation.Severity;
import org.demandgraph.pipeline.DatasetLoader;
import org.demandgraph.vocab.Iris;
import org.demandgraph.pipeline.LoadResult;
import org.junit.jupiter.api.Test;

/**
 * A profile whose footer prints {@code Population abc}: every format names the file and line, says what
 * is wrong with the value named, and how to fix it; the population is never called missing.
 */
class ActionableReportTest {

    static final Path PROFILE = Fixtures.file("profiles/malformed-population.txt");

    static ValidationSummary summary() {
        LoadResult loaded = new DatasetLoader(Iris.defaults()).load(List.of(PROFILE));
        assertEquals(List.of(), loaded.rejected());
        return Validation.withBundledShapes().summarise(loaded.dataset());
    }

    /** The 1-based line of the first line of the fixture that starts with {@code prefix}, read here independently. */
    static int lineStarting(String prefix) throws IOException {
        List<String> lines = Files.readAllLines(PROFILE);
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith(prefix)) return i + 1;
        throw new AssertionError("no line starts with " + prefix);
    }

    @Test
    void theMalformedPopulationIsAViolationNamingTheValueAndItsLine() throws IOException {
        ValidationSummary summary = summary();
        int line = lineStarting("Population ");
        List<ValidationSummary.Result> violations = summary.results().stream()
                .filter(r -> r.severity().equals(Severity.Violation)).toList();
        assertEquals(1, violations.size(), summary.toTextWithResults());
        ValidationSummary.Result r = violations.get(0);
        assertEquals("malformed-population.txt", r.location().file());
        assertEquals(line, r.location().line());
        assertEquals("Millbrook, CT (malformed-population.txt:" + line
                + "): The footer's Population \"abc\" is not a positive whole number (one per place).", r.sentence());
        assertTrue(r.fix().startsWith("Write the footer's Population as a whole number"), r.fix());
        assertEquals(NodeFactory.createURI(Iris.DEFAULT_BASE + "profile/us/ct/millbrook"), r.location().profile());
        assertFalse(summary.conforms());
    }

    @Test
    void nothingPrintedIsReportedAsMissing() {
        List<String> shapes = summary().results().stream().map(r -> r.shape().getURI()).toList();
        for (String missing : List.of("PopulationPresentShape", "ProfileFooterShape", "JurisdictionTypeShape"))
            assertFalse(shapes.contains(Shapes.NS + missing), missing + " in " + shapes);
    }

    @Test
    void aResultAboutThePlaceNamesItsTitleLineAndTheTacticByName() throws IOException {
        // The tactic use of Buyer Arrests has no Key Sources heading: reported at the profile's title line.
        ValidationSummary.Result warning = summary().results().stream()
                .filter(r -> r.shape().getURI().equals(Shapes.NS + "TacticSourcedShape")).findFirst().orElseThrow();
        assertEquals("malformed-population.txt:" + lineStarting("Millbrook, CT"), warning.location().toString());
        assertTrue(warning.message().contains("the tactic Buyer Arrests"), "named by its label: " + warning.message());
    }

    @Test
    void jsonGivesFileLineValueMessageAndFix() throws IOException {
        JsonObject json = JSON.parse(summary().toJson());
        JsonObject first = json.get("results").getAsArray().get(0).getAsObject();
        assertEquals("Violation", first.get("severity").getAsString().value());
        assertEquals("malformed-population.txt", first.get("file").getAsString().value());
        assertEquals(lineStarting("Population "), first.get("line").getAsNumber().value().intValue());
        assertEquals("\"abc\"", first.get("value").getAsString().value());
        assertTrue(first.get("text").getAsString().value().contains("Population \"abc\""));
        assertFalse(first.get("fix").getAsString().value().isEmpty());
    }

    @Test
    void csvHasAHeaderAndOneRowPerResultWorstFirst() throws IOException {
        String csv = summary().toCsv();
        String[] rows = csv.split("\r\n");
        assertEquals(String.join(",", ReportCsv.HEADER), rows[0]);
        assertEquals(1 + summary().results().size(), rows.length);
        assertTrue(rows[1].startsWith("Violation,malformed-population.txt," + lineStarting("Population ") + ","), rows[1]);
        assertTrue(rows[1].contains("\"The footer's Population \"\"abc\"\" is not a positive whole number (one per place).\""), rows[1]);
    }

    @Test
    void csvDefusesFormulasAndQuotesWhatMustBe() {
        assertEquals("'=1+1", ReportCsv.field("=1+1"));
        assertEquals("\"a,b\"", ReportCsv.field("a,b"));
        assertEquals("plain", ReportCsv.field("plain"));
    }

    @Test
    void turtleResultsCarryFileLineProfileSentenceAndFix() throws IOException {
        String turtle = summary().toTurtle(Iris.defaults());
        Graph graph = RDFParser.fromString(turtle, Lang.TURTLE).toGraph();
        String query = """
                PREFIX sh: <http://www.w3.org/ns/shacl#>
                PREFIX dgsh: <https://w3id.org/demandgraph/shapes#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?file ?line ?profile ?comment ?fix WHERE {
                  ?r a sh:ValidationResult ; sh:resultSeverity sh:Violation ; dgsh:file ?file ; dgsh:line ?line ;
                     dgsh:profile ?profile ; rdfs:comment ?comment ; dgsh:fix ?fix .
                }""";
        try (var qe = QueryExecutionFactory.create(query, ModelFactory.createModelForGraph(graph))) {
            ResultSet rs = qe.execSelect();
            QuerySolution row = rs.next();
            assertEquals("malformed-population.txt", row.getLiteral("file").getString());
            assertEquals(lineStarting("Population "), row.getLiteral("line").getInt());
            assertTrue(row.getLiteral("comment").getString().contains("\"abc\""));
            assertFalse(rs.hasNext());
        }
    }

    @Test
    void htmlListsResultsWorstFirstLinkedToPlaceAndLine() throws IOException {
        String html = summary().toHtml(Iris.defaults(), false);
        int violation = html.indexOf("<li class=\"violation\">");
        int warning = html.indexOf("<li class=\"warning\">");
        assertTrue(violation > 0 && warning > violation, "worst first");
        assertTrue(html.contains("href=\"https://w3id.org/demandgraph/jurisdiction/us/ct/millbrook\""), html);
        assertTrue(html.contains("href=\"https://w3id.org/demandgraph/profile/us/ct/millbrook#L" + lineStarting("Population ") + "\""), html);
        assertTrue(html.contains("&quot;abc&quot;"), "escaped: " + html);
        assertFalse(html.contains("<script"), "no scripts");
        String served = summary().toHtml(Iris.defaults(), true);
        assertTrue(served.contains("href=\"/jurisdiction/us/ct/millbrook\""), "site paths when served");
        assertTrue(served.contains("href=\"/assets/validation.css\""));
    }

    @Test
    void theSameInputGivesTheSameBytesInEveryFormat() {
        ValidationSummary a = summary(), b = summary();
        assertEquals(a.toTextWithResults(), b.toTextWithResults());
        assertEquals(a.toJson(), b.toJson());
        assertEquals(a.toCsv(), b.toCsv());
        assertEquals(a.toHtml(Iris.defaults(), false), b.toHtml(Iris.defaults(), false));
    }

}
