package org.demandgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.demandgraph.pipeline.DatasetLoader;
import org.demandgraph.pipeline.LoadResult;
import org.demandgraph.validate.Validation;
import org.demandgraph.validate.ValidationSummary;
import org.demandgraph.vocab.DG;
import org.demandgraph.vocab.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A state's own profile (fixture title-state.txt, titled "Iowa"): its facts belong to the state IRI
 * {@code jurisdiction/us/ia}, its graph is {@code profile/us/ia}, the state lies in no state, and the
 * graph validates without a violation beside a city of the same state.
 */
class StateProfileMapTest {

    private static final Path FIXTURES = Path.of(System.getProperty("demandgraph.project.dir", "."))
            .resolve("src/test/resources/profiles");
    private static final String BASE = Iris.DEFAULT_BASE;
    private static final Node STATE = uri(BASE + "jurisdiction/us/ia");
    private static final Node DOC = uri(BASE + "profile/us/ia");

    @TempDir
    Path dir;

    private static Node uri(String iri) { return NodeFactory.createURI(iri); }

    private static Node dg(String local) { return uri(DG.NS + local); }

    private static Node str(String s) { return NodeFactory.createLiteralString(s); }

    private static Set<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toSet();
    }

    private static Set<Node> subjects(Graph g, Node p, Node o) {
        return g.find(Node.ANY, p, o).mapWith(Triple::getSubject).toSet();
    }

    /** The state page and a city page of the same state, loaded together. */
    private LoadResult loadWithACity() throws Exception {
        Path city = dir.resolve("ames-ia.txt");
        Files.writeString(city, "Ames, IA\n\nTactics Used\n\nReverse Stings\n\n"
                + "In 2019, Ames police ran a reverse sting, arresting 4 men.\n\nState Iowa\nType City\nPopulation 66,427\n");
        LoadResult r = new DatasetLoader(Iris.defaults()).load(List.of(FIXTURES.resolve("title-state.txt"), city));
        assertEquals(List.of(), r.rejected());
        assertEquals(2, r.profiles());
        return r;
    }

    @Test
    void theStateIsTheProfilesJurisdictionInNoState() throws Exception {
        DatasetGraph ds = loadWithACity().dataset();
        assertTrue(ds.containsGraph(DOC));
        Graph g = ds.getGraph(DOC);
        assertEquals(Set.of(STATE), objects(g, DOC, uri("http://xmlns.com/foaf/0.1/primaryTopic")));
        assertEquals(Set.of(str("Iowa")), objects(g, DOC, uri("http://purl.org/dc/terms/title")));
        assertEquals(Set.of(dg("State"), dg("Jurisdiction")), objects(g, STATE, RDF.type.asNode()));
        assertEquals(Set.of(str("Iowa")), objects(g, STATE, RDFS.label.asNode()));
        assertEquals(Set.of(str("IA")), objects(g, STATE, SKOS.notation.asNode()));
        assertEquals(Set.of(NodeFactory.createLiteralDT("3190369", XSDDatatype.XSDinteger)), objects(g, STATE, dg("population")));
        assertTrue(objects(ds.getUnionGraph(), STATE, dg("inState")).isEmpty(), "a state lies in no state");
        // no place named after the state was made up
        assertFalse(ds.getUnionGraph().find(uri(BASE + "jurisdiction/us/ia/iowa"), Node.ANY, Node.ANY).hasNext());
        // linked to the gazetteer as a state: its 2-digit FIPS code
        assertEquals(Set.of(str("19")), objects(g, STATE, dg("fips")));
    }

    @Test
    void theStatesFactsHangOffTheStateAsACitysOffTheCity() throws Exception {
        Graph g = loadWithACity().dataset().getGraph(DOC);
        assertEquals(Set.of(uri(BASE + "actor/us/ia/iowa-division-of-criminal-investigation"),
                uri(BASE + "actor/us/ia/iowa-department-of-public-safety")), objects(g, STATE, dg("keyPartner")));
        assertTrue(objects(g, STATE, dg("usesTactic")).contains(uri(BASE + "tactic/reverse-stings")));
        Set<Node> uses = subjects(g, RDF.type.asNode(), dg("TacticUse"));
        assertFalse(uses.isEmpty());
        for (Node use : uses) {
            assertEquals(Set.of(STATE), objects(g, use, dg("jurisdiction")), use.toString());
            assertTrue(use.getURI().startsWith(BASE + "profile/us/ia/tactic-use/"), use.getURI());
        }
        Set<Node> operations = subjects(g, RDF.type.asNode(), dg("Operation"));
        assertEquals(1, operations.size(), "the motel sting of March 2016: " + operations);
        Node op = operations.iterator().next();
        assertTrue(op.getURI().matches("\\Q" + BASE + "operation/us/ia/\\E[a-z0-9-]+"), op.getURI());
        assertEquals(Set.of(STATE), objects(g, op, dg("jurisdiction")));
        assertEquals(Set.of(NodeFactory.createLiteralDT("11", XSDDatatype.XSDinteger)), objects(g, op, dg("arrests")));
        assertEquals(Set.of(NodeFactory.createLiteralDT("2016-03", XSDDatatype.XSDgYearMonth)), objects(g, op, dg("date")));
        for (Node evidence : subjects(g, RDF.type.asNode(), dg("Evidence")))
            assertTrue(evidence.getURI().startsWith(BASE + "profile/us/ia/evidence/"), evidence.getURI());
        assertEquals(Set.of(uri(BASE + "tactic/reverse-stings")),
                objects(g, uri(BASE + "source/us/ia/1-reverse-stings"), dg("supportsTactic")));
    }

    @Test
    void theCityOfTheStateKeepsItsOwnFactsAndItsState() throws Exception {
        DatasetGraph ds = loadWithACity().dataset();
        Node ames = uri(BASE + "jurisdiction/us/ia/ames");
        Graph city = ds.getGraph(uri(BASE + "profile/us/ia/ames"));
        assertEquals(Set.of(STATE), objects(city, ames, dg("inState")));
        // the city's operation is the city's, the state's the state's
        for (Node op : subjects(city, RDF.type.asNode(), dg("Operation")))
            assertEquals(Set.of(ames), objects(city, op, dg("jurisdiction")));
        assertEquals(Set.of(str("Iowa")), objects(ds.getUnionGraph(), STATE, RDFS.label.asNode()), "one label in the union");
    }

    @Test
    void theStateProfileValidatesWithoutAViolation() throws Exception {
        DatasetGraph ds = loadWithACity().dataset();
        ValidationSummary summary = Validation.withBundledShapes().summarise(ds);
        List<String> violations = new ArrayList<>();
        for (ValidationSummary.Result r : summary.results())
            if (r.severity() == org.apache.jena.shacl.validation.Severity.Violation) violations.add(r.sentence());
        assertEquals(List.of(), violations);
        assertTrue(summary.conforms());
        // nothing reports the state as lacking a type, a population or a state of its own
        for (ValidationSummary.Result r : summary.results()) {
            if (!r.focus().equals(STATE)) continue;
            String shape = r.shape().getURI();
            assertFalse(shape.endsWith("PlaceInStateShape") || shape.endsWith("JurisdictionTypeShape")
                    || shape.endsWith("PopulationPresentShape") || shape.endsWith("LabelMatchesNameShape"), r.sentence());
        }
    }

    @Test
    void stateOfIowaAndIowaAreTheSameProfile() throws Exception {
        Path again = dir.resolve("state-of-iowa.txt");
        Files.writeString(again, "State of Iowa\n\nState agents ran a reverse sting in 2017.\n\nState Iowa\nType State\n");
        LoadResult r = new DatasetLoader(Iris.defaults()).load(List.of(FIXTURES.resolve("title-state.txt"), again));
        assertEquals(1, r.profiles());
        assertEquals(1, r.rejected().size());
        assertTrue(r.rejected().get(0).reason().startsWith("duplicate profile of"), r.rejected().get(0).reason());
    }
}
