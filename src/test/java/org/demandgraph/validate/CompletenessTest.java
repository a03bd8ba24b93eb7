package org.demandgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.core.DatasetGraph;
import org.demandgraph.vocab.Iris;
import org.junit.jupiter.api.Test;

class CompletenessTest {

    private static final Node WINDSOR_LOCKS = NodeFactory.createURI(Fixtures.WINDSOR_LOCKS);
    private static final Node NORWICH = NodeFactory.createURI("https://w3id.org/demandgraph/jurisdiction/us/ct/norwich");

    private static DatasetGraph twoProfiles() {
        DatasetGraph ds = Fixtures.load("complete.trig");
        RDFDataMgr.read(ds, Fixtures.file("norwich-gaps.trig").toString());
        return ds;
    }

    @Test
    void scoresCountTheExpectedFactsPresent() {
        DatasetGraph ds = twoProfiles();
        Graph union = Validation.unionCopy(ds);
        Completeness completeness = Completeness.of(Validation.withBundledShapes().validate(union), union);

        // Windsor Locks: population, type, footer, a tactic, 2 tactics sourced, the operation's date and count, 1 heading.
        assertEquals(new Completeness.Score(WINDSOR_LOCKS, "Windsor Locks, CT", 9, 9), completeness.of(WINDSOR_LOCKS));
        // Norwich: of 10 (population, type, footer, a tactic, john school sourced, 2 dates, 2 counts, 1 heading)
        // only the type, a tactic and the 2010 date are there.
        assertEquals(new Completeness.Score(NORWICH, "Norwich, CT", 10, 3), completeness.of(NORWICH));
        assertEquals(0.3, completeness.of(NORWICH).value());
        assertEquals(List.of(NORWICH, WINDSOR_LOCKS), completeness.jurisdictions().stream().map(Completeness.Score::jurisdiction).toList());
        assertEquals(19, completeness.dataset().expected());
        assertEquals(12, completeness.dataset().present());
    }

    @Test
    void everyMissingFactIsOneWarningOrInfo() {
        DatasetGraph ds = twoProfiles();
        ValidationSummary summary = Validation.withBundledShapes().summarise(ds);
        Map<Node, Integer> soft = new TreeMap<>(NodeOrder.INSTANCE);
        for (ValidationSummary.Result r : summary.results()) {
            if (!r.severity().equals(Severity.Violation)) soft.merge(r.jurisdiction(), 1, Integer::sum);
        }
        for (Completeness.Score s : summary.completeness().jurisdictions()) {
            assertEquals(s.expected() - s.present(), soft.getOrDefault(s.jurisdiction(), 0), s.label());
        }
    }

    @Test
    void measurementsAreWrittenAsDqvIntoTheQualityGraph() {
        DatasetGraph ds = twoProfiles();
        Iris iris = Iris.defaults();
        Validation.withBundledShapes().summarise(ds).completeness().writeTo(ds, iris);
        Dataset dataset = DatasetFactory.wrap(ds);
        String query = """
                PREFIX dqv: <http://www.w3.org/ns/dqv#>
                PREFIX dg:  <https://w3id.org/demandgraph/ontology#>
                SELECT ?on ?metric ?value ?expected ?present WHERE {
                  GRAPH <https://w3id.org/demandgraph/graph/quality> {
                    ?m a dqv:QualityMeasurement ; dqv:isMeasurementOf ?metric ; dqv:computedOn ?on ; dqv:value ?value ;
                       dg:expectedFacts ?expected ; dg:presentFacts ?present .
                  }
                } ORDER BY ?on""";
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
            List<String> rows = new java.util.ArrayList<>();
            qe.execSelect().forEachRemaining(s -> rows.add(row(s)));
            assertEquals(List.of(
                    "https://w3id.org/demandgraph/dataset datasetCompleteness " + (12.0 / 19) + " 19 12",
                    "https://w3id.org/demandgraph/jurisdiction/us/ct/norwich profileCompleteness 0.3 10 3",
                    "https://w3id.org/demandgraph/jurisdiction/us/ct/windsor-locks profileCompleteness 1.0 9 9"), rows);
        }
        // Written twice, the graph is replaced, not added to.
        Validation.withBundledShapes().summarise(ds).completeness().writeTo(ds, iris);
        // Three completeness measurements of 6 triples, and a precision and a recall of 8 per field published for
        // the development profiles and per field published for unseen pages.
        assertEquals(3 * 6 + 2 * 8 * (org.demandgraph.extract.PublishedAccuracy.figures(org.demandgraph.extract.PublishedAccuracy.Pages.DEVELOPMENT).size()
                        + org.demandgraph.extract.PublishedAccuracy.figures(org.demandgraph.extract.PublishedAccuracy.Pages.UNSEEN).size()),
                ds.getGraph(NodeFactory.createURI(Completeness.qualityGraph(iris))).size());
    }

    /** Measurements are minted under the chosen base; a place minted under another base is slugged whole. */
    @Test
    void theMeasurementsFollowTheBase() {
        DatasetGraph ds = Fixtures.load("complete.trig");
        Graph union = Validation.unionCopy(ds);
        ValidationReport report = Validation.withBundledShapes().validate(union);
        Graph dqv = Completeness.of(report, union).toDqv(new Iris("http://example.org/kg/"));
        Node value = NodeFactory.createURI("http://www.w3.org/ns/dqv#value");
        assertEquals(List.of(
                        "http://example.org/kg/quality/completeness/dataset",
                        "http://example.org/kg/quality/completeness/https-w3id-org-demandgraph-jurisdiction-us-ct-windsor-locks"),
                dqv.find(Node.ANY, value, Node.ANY).mapWith(t -> t.getSubject().getURI()).toList().stream()
                        .filter(iri -> iri.contains("/completeness/")).sorted().toList());
        assertTrue(dqv.find(Node.ANY, value, Node.ANY).mapWith(t -> t.getSubject().getURI()).toList().stream()
                .filter(iri -> !iri.contains("/completeness/")).allMatch(iri -> iri.startsWith("http://example.org/kg/quality/extraction/")));
    }

    private static String row(QuerySolution s) {
        return s.getResource("on").getURI() + " " + s.getResource("metric").getLocalName() + " "
                + s.getLiteral("value").getLexicalForm() + " " + s.getLiteral("expected").getLexicalForm() + " "
                + s.getLiteral("present").getLexicalForm();
    }
}
