package org.demandgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.demandgraph.vocab.DG;
import org.demandgraph.vocab.Iris;
import org.apache.jena.vocabulary.ORG;
import org.demandgraph.pipeline.DatasetLoader;
import org.demandgraph.pipeline.LoadResult;

/** The mapping of the parser's variation fixtures ({@code src/test/resources/profiles/}), read through the loader. */
class ParsedVariationsMapTest {

    private static final Path FIXTURES = Path.of(System.getProperty("demandgraph.project.dir", "."))
            .resolve("src/test/resources/profiles");
    private static final String BASE = Iris.DEFAULT_BASE;

    private static Node uri(String iri) { return NodeFactory.createURI(iri); }

    private static Node dg(String local) { return uri(DG.NS + local); }

    private static Node str(String s) { return NodeFactory.createLiteralString(s); }

    private static Set<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toSet();
    }

    private static Graph graphOf(String fixture, String st, String slug) {
        LoadResult r = new DatasetLoader(Iris.defaults()).load(List.of(FIXTURES.resolve(fixture)));
        assertEquals(List.of(), r.rejected(), fixture);
        Node name = uri(BASE + "profile/us/" + st + "/" + slug);
        assertTrue(r.dataset().containsGraph(name), fixture + ": no graph " + name);
        return r.dataset().getGraph(name);
    }

    @Test
    void everyVariationMapsToAJurisdictionInItsStateAndAProfileDocument() throws java.io.IOException {
        List<Path> fixtures;
        try (var files = java.nio.file.Files.list(FIXTURES)) {
            fixtures = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(fixtures.size() >= 20, "fixtures: " + fixtures.size());
        for (Path fixture : fixtures) {
            LoadResult r = new DatasetLoader(Iris.defaults()).load(List.of(fixture));
            assertEquals(List.of(), r.rejected(), fixture.toString());
            assertEquals(1, r.profiles());
            List<Node> graphs = new java.util.ArrayList<>();
            r.dataset().listGraphNodes().forEachRemaining(graphs::add);
            graphs.remove(uri(BASE + "graph/ontology"));
            assertEquals(1, graphs.size(), fixture.toString());
            Graph g = r.dataset().getGraph(graphs.get(0));
            Set<Node> topics = objects(g, graphs.get(0), uri("http://xmlns.com/foaf/0.1/primaryTopic"));
            assertEquals(1, topics.size(), fixture.toString());
            Node place = topics.iterator().next();
            String label = objects(g, place, RDFS.label.asNode()).iterator().next().getLiteralLexicalForm();
            if (g.contains(place, RDF.type.asNode(), dg("State"))) { // a state's own profile: the state, in no state
                assertTrue(label.matches("[A-Z][a-z]+( [A-Z][a-z]+)*"), fixture + ": " + label);
                assertEquals(0, objects(g, place, dg("inState")).size(), fixture.toString());
            } else {
                assertTrue(label.matches("[^ ,\\u00a0][^\\u00a0]*[^ ], [A-Z]{2}") && !label.contains("  "), fixture + ": " + label);
                assertEquals(1, objects(g, place, dg("inState")).size(), fixture.toString());
            }
            assertTrue(g.contains(graphs.get(0), dg("sha256"), Node.ANY));
            assertEquals(Set.of(str(fixture.getFileName().toString())), objects(g, graphs.get(0), dg("sourceFile")));
        }
    }

    @Test
    void spaceBeforeCommaIsNormalisedInTheLabel() {
        Graph g = graphOf("title-space-before-comma.txt", "va", "norfolk");
        Node place = uri(BASE + "jurisdiction/us/va/norfolk");
        assertEquals(Set.of(str("Norfolk, VA")), objects(g, place, RDFS.label.asNode()));
        assertEquals(Set.of(NodeFactory.createLiteralDT("242803", XSDDatatype.XSDinteger)), objects(g, place, dg("population")));
        assertEquals(Set.of(str("Virginia")), objects(g, uri(BASE + "jurisdiction/us/va"), RDFS.label.asNode()));
    }

    @Test
    void countiesAndParishesAreCounties() {
        assertTrue(graphOf("title-county.txt", "fl", "st-lucie-county")
                .contains(uri(BASE + "jurisdiction/us/fl/st-lucie-county"), RDF.type.asNode(), dg("County")));
        assertTrue(graphOf("title-parish.txt", "la", "lafayette-parish")
                .contains(uri(BASE + "jurisdiction/us/la/lafayette-parish"), RDF.type.asNode(), dg("County")));
    }

    @Test
    void nestedKeyPartnersAreSubOrganisations() {
        Graph g = graphOf("nested-key-partners.txt", "nj", "ocean-township");
        Node place = uri(BASE + "jurisdiction/us/nj/ocean-township");
        Node police = uri(BASE + "actor/us/nj/ocean-township-police-department");
        Node bureau = uri(BASE + "actor/us/nj/detective-bureau");
        Node prosecutor = uri(BASE + "actor/us/nj/monmouth-county-prosecutors-office");
        Node taskForce = uri(BASE + "actor/us/nj/human-trafficking-task-force");
        assertEquals(6, objects(g, place, dg("keyPartner")).size());
        assertEquals(Set.of(police), objects(g, bureau, uri(ORG.subOrganizationOf.getURI())));
        assertEquals(Set.of(prosecutor), objects(g, taskForce, uri(ORG.subOrganizationOf.getURI())));
        assertTrue(objects(g, police, uri(ORG.subOrganizationOf.getURI())).isEmpty());
        assertEquals(Set.of(str("Monmouth County Prosecutor’s Office")), objects(g, prosecutor, RDFS.label.asNode()));
    }

    @Test
    void keySourceEntriesAreSourcesSupportingTheirHeadingsTactics() {
        Graph g = graphOf("key-sources-with-entries.txt", "ct", "waterbury");
        Node doc = uri(BASE + "profile/us/ct/waterbury");
        Node heading = uri(BASE + "source/us/ct/waterbury/1-reverse-stings-identity-disclosure");
        Node first = uri(BASE + "source/us/ct/waterbury/1-entry-1-15-charged-in-prostitution-sting");
        Node teacher = uri(BASE + "source/us/ct/waterbury/2-entry-1-teacher-resigns-after-sting-arrest");
        assertEquals(6, objects(g, doc, dg("keySource")).size());
        assertEquals(Set.of(str("15 Charged in Prostitution Sting")), objects(g, first, uri("http://purl.org/dc/terms/title")));
        assertEquals(Set.of(str("“15 Charged in Prostitution Sting”, Republican-American, June 5, 2013.")),
                objects(g, first, RDFS.label.asNode()));
        assertEquals(Set.of(heading), objects(g, first, uri("http://purl.org/dc/terms/isPartOf")));
        assertEquals(Set.of(uri(BASE + "tactic/reverse-stings"), uri(BASE + "tactic/identity-disclosure")),
                objects(g, first, dg("supportsTactic")));
        assertEquals(Set.of(uri(BASE + "tactic/employment-loss")), objects(g, teacher, dg("supportsTactic")));
    }

    @Test
    void pageCutShortStillLoadsWithWhatIsMissing() {
        Graph g = graphOf("no-footer.txt", "ct", "torrington");
        Node place = uri(BASE + "jurisdiction/us/ct/torrington");
        assertEquals(Set.of(dg("Jurisdiction")), objects(g, place, RDF.type.asNode()), "no Type, no County name: no subclass");
        assertTrue(objects(g, place, dg("population")).isEmpty());
        assertFalse(objects(g, uri(BASE + "profile/us/ct/torrington"), dg("missing")).isEmpty());
        assertTrue(g.contains(place, dg("inState"), uri(BASE + "jurisdiction/us/ct")));
    }

    @Test
    void tableRenderingListIsListedOnly() {
        Graph g = graphOf("table-rendering.txt", "va", "norfolk");
        // the old names of the table rows map to the scheme's tactics: Shaming is Identity Disclosure
        assertEquals(Set.of(uri(BASE + "tactic/reverse-stings"), uri(BASE + "tactic/identity-disclosure"),
                uri(BASE + "tactic/letters"), uri(BASE + "tactic/cameras")),
                objects(g, uri(BASE + "profile/us/va/norfolk"), dg("listedTactic")));
        // nothing in the narrative speaks of letters or cameras: the list alone must not make them uses
        Set<Node> used = objects(g, uri(BASE + "jurisdiction/us/va/norfolk"), dg("usesTactic"));
        assertFalse(used.contains(uri(BASE + "tactic/letters")));
        assertFalse(used.contains(uri(BASE + "tactic/cameras")));
        Node source = uri(BASE + "source/us/va/norfolk/1-reverse-stings-shaming");
        assertEquals(Set.of(uri(BASE + "tactic/reverse-stings"), uri(BASE + "tactic/identity-disclosure")),
                objects(g, source, dg("supportsTactic")));
    }
}
