package org.demandgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.demandgraph.pipeline.DatasetLoader;
import org.demandgraph.vocab.Iris;
import org.demandgraph.pipeline.LoadResult;
import org.junit.jupiter.api.Test;

/** Which shapes ran on how many nodes, counted independently with SPARQL over the same data. */
class ShapeCoverageTest {

    /** The bundled shapes plus one that targets a class no data has. */
    private static final String EXTRA = """
            @prefix sh:   <http://www.w3.org/ns/shacl#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix dgsh: <https://w3id.org/demandgraph/shapes#> .
            dgsh:NobodyShape a sh:NodeShape ; rdfs:label "Targets nothing"@en ;
                sh:targetClass <https://example.org/NoSuchClass> ; sh:closed true ; sh:severity sh:Violation .
            """;

    private static Graph data() {
        LoadResult loaded = new DatasetLoader(Iris.defaults()).load(List.of(ActionableReportTest.PROFILE));
        return Validation.unionCopy(loaded.dataset());
    }

    private static ValidationSummary summary(Graph data) {
        Graph shapesGraph = GraphFactory.createDefaultGraph();
        Shapes.graph().find().forEachRemaining(shapesGraph::add);
        RDFParser.fromString(EXTRA, Lang.TURTLE).parse(shapesGraph);
        org.apache.jena.shacl.Shapes shapes = org.apache.jena.shacl.Shapes.parse(shapesGraph);
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        return ValidationSummary.of(report, data, shapes, shapesGraph);
    }

    private static int count(Graph data, String where) {
        String q = "PREFIX dg: <https://w3id.org/demandgraph/ontology#> SELECT (COUNT(DISTINCT ?n) AS ?c) WHERE { " + where + " }";
        try (var qe = QueryExecutionFactory.create(q, ModelFactory.createModelForGraph(data))) {
            return qe.execSelect().next().getLiteral("c").getInt();
        }
    }

    private static ShapeCoverage of(ValidationSummary s, String local) {
        return s.coverage().stream().filter(c -> c.shape().getURI().equals(Shapes.NS + local)).findFirst().orElseThrow();
    }

    @Test
    void everyShapeSaysWhatItTargetedAndHowMuchConforms() {
        Graph data = data();
        ValidationSummary s = summary(data);
        assertEquals(Shapes.bundled().getTargetShapes().size() + 1, s.coverage().size());

        ShapeCoverage evidence = of(s, "EvidenceExactShape");
        int quotes = count(data, "{ ?n a dg:Evidence } UNION { ?x dg:evidence ?n }");
        assertTrue(quotes > 0);
        assertEquals(quotes, evidence.targeted());
        assertEquals(quotes, evidence.conforming());

        ShapeCoverage population = of(s, "PopulationShape");
        assertEquals(1, population.targeted());
        assertEquals(0, population.conforming());
        assertEquals(1, population.violating());

        ShapeCoverage sourced = of(s, "TacticSourcedShape");
        assertEquals(count(data, "?d <http://xmlns.com/foaf/0.1/primaryTopic> ?n"), sourced.targeted());
        assertEquals(1, sourced.warning());
        assertEquals(0, sourced.conforming());
    }

    @Test
    void aShapeThatTargetsNothingIsFlaggedInEveryFormat() {
        ValidationSummary s = summary(data());
        ShapeCoverage nobody = of(s, "NobodyShape");
        assertTrue(nobody.targetedNothing());
        assertEquals(0, nobody.conforming());
        assertFalse(of(s, "PopulationShape").targetedNothing());

        assertTrue(s.toTextWithResults().contains("0 /      0 /      0  Targets nothing  [TARGETED NOTHING]"), s.toTextWithResults());
        JsonObject json = JSON.parse(s.toJson()).get("coverage").getAsArray().stream()
                .map(v -> v.getAsObject()).filter(o -> o.get("label").getAsString().value().equals("Targets nothing"))
                .findFirst().orElseThrow();
        assertTrue(json.get("targetedNothing").getAsBoolean().value());
        assertTrue(s.toHtml(Iris.defaults(), false).contains("<tr class=\"nothing\"><td>Targets nothing"));
    }

    @Test
    void coverageLandsInTheQualityGraphAsDqv() {
        ValidationSummary s = summary(data());
        Graph dqv = Quality.of(s, Iris.defaults());
        String q = """
                PREFIX dqv: <http://www.w3.org/ns/dqv#>
                PREFIX dg: <https://w3id.org/demandgraph/ontology#>
                SELECT ?value ?focus ?ok ?failing WHERE {
                  ?m dqv:isMeasurementOf dg:shapeConformance ; dg:shape <https://w3id.org/demandgraph/shapes#PopulationShape> ;
                     dqv:computedOn <https://w3id.org/demandgraph/dataset> ; dqv:value ?value ;
                     dg:focusNodes ?focus ; dg:conformingNodes ?ok ; dg:failingNodes ?failing .
                }""";
        try (var qe = QueryExecutionFactory.create(q, ModelFactory.createModelForGraph(dqv))) {
            var row = qe.execSelect().next();
            assertEquals(0.0, row.getLiteral("value").getDouble());
            assertEquals(1, row.getLiteral("focus").getInt());
            assertEquals(0, row.getLiteral("ok").getInt());
            assertEquals(1, row.getLiteral("failing").getInt());
        }
        assertTrue(dqv.contains(org.apache.jena.graph.NodeFactory.createURI(Iris.DEFAULT_BASE + "quality/coverage/NobodyShape"),
                Quality.FOCUS_NODES, org.apache.jena.graph.NodeFactory.createLiteralDT("0",
                        org.apache.jena.datatypes.xsd.XSDDatatype.XSDnonNegativeInteger)));
    }
}
