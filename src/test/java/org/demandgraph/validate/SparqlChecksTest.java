package org.demandgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.demandgraph.generate.ProfileGenerator;
import org.demandgraph.pipeline.DatasetLoader;
import org.demandgraph.validate.sparql.SparqlChecks;
import org.demandgraph.vocab.Iris;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled shapes' SHACL-SPARQL constraints answered in Java ({@link SparqlChecks}) give Jena's own
 * report, entry for entry in the same order: on hand-written data that breaks each constraint several
 * ways, and on the development set with the bundled profiles and 250 generated ones.
 */
class SparqlChecksTest {

    static final Path REAL = Path.of("../shared/real-profiles");
    static final Path BUNDLED = Path.of(System.getProperty("demandgraph.project.dir", "."), "data/profiles");

    @TempDir
    static Path generated;

    static Graph corpus;
    static Graph fixture;

    @BeforeAll
    static void load() throws IOException {
        assertTrue(Files.isDirectory(REAL), "the development set must be present: " + REAL.toAbsolutePath());
        assertTrue(Files.isDirectory(BUNDLED), "the bundled profiles must be present: " + BUNDLED.toAbsolutePath());
        new ProfileGenerator(11).write(generated, 250);
        corpus = Validation.unionCopy(new DatasetLoader(Iris.defaults()).threads(2)
                .load(List.of(REAL, BUNDLED, generated)).dataset());
        fixture = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(fixture, Fixtures.file("sparql-violations.ttl").toString());
    }

    static Node shape(String local) {
        return NodeFactory.createURI(Shapes.NS + local);
    }

    @Test
    void everySparqlConstraintOfTheBundledShapesIsAnsweredInJava() {
        List<Shape> sparqlShapes = Shapes.bundled().getTargetShapes().stream()
                .filter(s -> s.getConstraints().stream().anyMatch(c -> c instanceof SparqlConstraint)).toList();
        assertEquals(9, sparqlShapes.size());
        Map<Node, List<Constraint>> checked = Shapes.checked();
        assertEquals(9, checked.size());
        for (Shape s : sparqlShapes) {
            List<Constraint> replaced = checked.get(s.getShapeNode());
            assertNotNull(replaced, s.getShapeNode() + " is answered in Java");
            assertEquals(s.getConstraints().size(), replaced.size());
            assertTrue(replaced.stream().noneMatch(c -> c instanceof SparqlConstraint), s.getShapeNode().toString());
        }
    }

    @Test
    void anEditedQueryIsLeftToJena() {
        Graph edited = GraphFactory.createDefaultGraph();
        Shapes.graph().find().forEachRemaining(edited::add);
        Node sparql = edited.find(shape("EvidenceSpanShape"), SHACL.sparql, Node.ANY).next().getObject();
        Triple select = edited.find(sparql, SHACL.select, Node.ANY).next();
        edited.delete(select);
        edited.add(sparql, SHACL.select, NodeFactory.createLiteralString(
                select.getObject().getLiteralLexicalForm().replace("!(?start < ?end)", "!(?start <= ?end)")));
        Map<Node, List<Constraint>> checked = SparqlChecks.replacing(org.apache.jena.shacl.Shapes.parse(edited), Shapes.NS);
        assertEquals(8, checked.size());
        assertFalse(checked.containsKey(shape("EvidenceSpanShape")));
        // and user shapes are Jena's alone
        ValidationReport jena = ShaclValidator.get().validate(org.apache.jena.shacl.Shapes.parse(edited), fixture);
        ValidationReport ours = Validation.withShapes(org.apache.jena.shacl.Shapes.parse(edited)).threads(2).validate(fixture);
        assertEquals(ParallelValidationTest.lines(jena), ParallelValidationTest.lines(ours));
    }

    @Test
    void theFixtureBreaksEachConstraintAsItsCommentsSay() {
        ValidationReport jena = ShaclValidator.get().validate(Shapes.bundled(), fixture);
        Map<String, Long> bySparqlShape = jena.getEntries().stream()
                .filter(e -> Shapes.checked().containsKey(e.source()))
                .collect(Collectors.groupingBy(e -> e.source().getURI().substring(Shapes.NS.length()), TreeMap::new,
                        Collectors.counting()));
        assertEquals(new TreeMap<>(Map.of("PopulationPlausibleShape", 4L, "LabelMatchesNameShape", 5L,
                "UsesTacticEvidencedShape", 7L, "EvidenceSpanShape", 6L, "OperationRangeShape", 6L,
                "OperationDateRangeShape", 4L, "ArrestsWithinPopulationShape", 2L, "TacticSourcedShape", 3L,
                "PlaceLinkedShape", 3L)), bySparqlShape);
        // the message keeps a variable left unbound, and puts a note's own braces and signs in as they are
        List<String> messages = jena.getEntries().stream().map(ReportEntry::message).toList();
        assertTrue(messages.contains("The offsets 5-1 do not fit the quote: oa:start must be below oa:end and oa:end - oa:start must equal the quote's length ({?length})."), messages.toString());
        assertTrue(messages.contains("No GeoNames or FIPS link: costs $1 \\ {?this} {?value}"), messages.toString());
    }

    @Test
    void theJavaChecksGiveJenasReportOnTheFixture() {
        sameAsJena(fixture);
    }

    @Test
    void theJavaChecksGiveJenasReportOnTheCorpus() {
        ValidationReport jena = sameAsJena(corpus);
        // extracted data breaks few of them (the fixture breaks every one): the gazetteer notes and unsourced tactics
        long sparqlResults = jena.getEntries().stream().filter(e -> Shapes.checked().containsKey(e.source())).count();
        assertTrue(sparqlResults > 20, sparqlResults + " results of SPARQL shapes in the corpus");
    }

    /** Our report on one and on two threads is Jena's: the same entries (every field) in the same order, the same graph. */
    private static ValidationReport sameAsJena(Graph data) {
        ValidationReport jena = ShaclValidator.get().validate(Shapes.bundled(), data);
        assertTrue(jena.getEntries().size() > 20, "results: " + jena.getEntries().size());
        for (int threads : new int[] {1, 2}) {
            ValidationReport ours = Validation.withBundledShapes().threads(threads).validate(data);
            assertSameLines(ParallelValidationTest.lines(jena), ParallelValidationTest.lines(ours), threads + " threads");
            assertEquals(List.copyOf(jena.getEntries()), List.copyOf(ours.getEntries()), threads + " threads: the entries");
            assertTrue(jena.getGraph().isIsomorphicWith(ours.getGraph()), threads + " threads: the report graph");
        }
        return jena;
    }

    /** Equal lists, or a failure that shows where they first differ (a report has thousands of lines). */
    private static void assertSameLines(List<String> expected, List<String> actual, String what) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++)
            assertEquals(expected.get(i), actual.get(i), what + ": entry " + i);
        assertEquals(expected.size(), actual.size(), what + ": entries");
    }
}
