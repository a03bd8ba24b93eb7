package org.demandgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.demandgraph.vocab.Iris;
import org.junit.jupiter.api.Test;

class ValidationSummaryTest {

    /** Windsor Locks complete but for a broken evidence span and an undated operation; Norwich with gaps only. */
    private static ValidationSummary summary() {
        DatasetGraph ds = Fixtures.completeWith("""
                WITH P: DELETE { p:evidence\\/e1 oa:end ?e } INSERT { p:evidence\\/e1 oa:end "90"^^xsd:nonNegativeInteger }
                WHERE { p:evidence\\/e1 oa:end ?e } ;
                DELETE WHERE { GRAPH P: { op:2014-02-operation-cupid dg:date ?d } }""");
        RDFDataMgr.read(ds, Fixtures.file("norwich-gaps.trig").toString());
        return Validation.withBundledShapes().summarise(ds);
    }

    @Test
    void countsBySeverityAndConformsMeansNoViolation() {
        ValidationSummary summary = summary();
        assertEquals(1, summary.violations());
        assertEquals(3, summary.warnings());
        assertEquals(5, summary.infos());
        assertFalse(summary.conforms());
        assertFalse(summary.report().conforms());

        ValidationSummary gapsOnly = Validation.withBundledShapes().summarise(Fixtures.load("norwich-gaps.trig"));
        assertEquals(0, gapsOnly.violations());
        assertTrue(gapsOnly.conforms(), "warnings and infos only: conforms by severity");
        assertFalse(gapsOnly.report().conforms(), "while SHACL itself says false");
    }

    @Test
    void shapesAreCountedMostSevereFirstThenMostFrequentThenByIri() {
        List<String> byShape = summary().byShape().stream()
                .map(s -> ValidationSummary.name(s.severity()) + " " + s.count() + " " + s.label()).toList();
        assertEquals(List.of(
                "Violation 1 Evidence offsets fit the quote",
                "Warning 1 Profiled place has a population",
                "Warning 1 Profile has its footer",
                "Warning 1 Used tactic has a Key Source",
                "Info 2 Operation has an arrest count",
                "Info 2 Operation has a date",
                "Info 1 Key Sources heading names a tactic"), byShape);
    }

    @Test
    void jurisdictionsWithViolationsComeFirst() {
        List<String> worst = summary().worstJurisdictions().stream()
                .map(j -> j.label() + " " + j.violations() + "/" + j.warnings() + "/" + j.infos()).toList();
        assertEquals(List.of("Windsor Locks, CT 1/0/1", "Norwich, CT 0/3/4"), worst);
    }

    @Test
    void textNamesTheCountsTheShapesThePlacesAndTheResults() {
        String text = summary().toTextWithResults();
        assertTrue(text.startsWith("SHACL validation: 1 violation(s), 3 warning(s), 5 info(s) - DOES NOT CONFORM\n"), text);
        assertTrue(text.contains("  Violation     1  Evidence offsets fit the quote\n"), text);
        assertTrue(text.contains("  1/0/1  Windsor Locks, CT  (completeness 88.9%, 8 of 9)\n"), text);
        assertTrue(text.contains("  0/3/4  Norwich, CT  (completeness 30.0%, 3 of 10)\n"), text);
        assertTrue(text.contains("Completeness: 57.9% of expected facts present (11 of 19) in 2 profiled jurisdiction(s)\n"), text);
        assertTrue(text.contains("  Violation <https://w3id.org/demandgraph/profile/us/ct/windsor-locks/evidence/e1>: "
                + "The offsets 0-90 do not fit the quote"), text);
        assertFalse(summary().toText().contains("Results:"), "build's summary leaves the results out");
    }

    @Test
    void jsonCarriesTheSameFigures() {
        JsonObject json = JSON.parse(summary().toJson());
        assertFalse(json.get("conforms").getAsBoolean().value());
        assertEquals(1, json.get("counts").getAsObject().get("violation").getAsNumber().value().intValue());
        assertEquals(3, json.get("counts").getAsObject().get("warning").getAsNumber().value().intValue());
        assertEquals(5, json.get("counts").getAsObject().get("info").getAsNumber().value().intValue());
        assertEquals(9, json.get("results").getAsArray().size());
        assertEquals("https://w3id.org/demandgraph/jurisdiction/us/ct/windsor-locks",
                json.get("jurisdictions").getAsArray().get(0).getAsObject().get("jurisdiction").getAsString().value());
        JsonObject dataset = json.get("completeness").getAsObject().get("dataset").getAsObject();
        assertEquals(19, dataset.get("expected").getAsNumber().value().intValue());
        assertEquals(11, dataset.get("present").getAsNumber().value().intValue());
    }

    @Test
    void turtleIsTheShaclReportWithTheMeasurements() {
        String turtle = summary().toTurtle(Iris.defaults());
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle, Lang.TURTLE).lang(Lang.TURTLE).parse(graph);
        ValidationReport report = ValidationReport.fromGraph(graph);
        assertEquals(9, report.getEntries().size());
        assertTrue(turtle.contains("dqv:QualityMeasurement"), turtle);
    }

    @Test
    void theSameInputGivesTheSameOutput() {
        assertEquals(summary().toJson(), summary().toJson());
        assertEquals(summary().toTextWithResults(), summary().toTextWithResults());
    }
}
