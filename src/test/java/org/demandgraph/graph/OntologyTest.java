package org.demandgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.reasoner.ReasonerRegistry;
import org.apache.jena.reasoner.ValidityReport;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.demandgraph.vocab.Tactic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.demandgraph.vocab.DG;
import org.demandgraph.vocab.Slugs;
import org.demandgraph.vocab.Iris;

class OntologyTest {

    private static final Path FILE =
            Path.of(System.getProperty("demandgraph.project.dir", "."), "ontology", "demandgraph.ttl");

    private static final Graph G = Ontology.graph(Iris.defaults());

    private static final Node ONTOLOGY = NodeFactory.createURI(DG.ONTOLOGY_IRI);

    /** The public classes and dg: properties (docs/vocabulary.md): their names are fixed. */
    private static final List<String> CONTRACT_CLASSES = List.of(
            "Jurisdiction", "State", "County", "City", "Tactic", "Operation", "Actor", "Source", "Profile", "TacticUse");
    private static final List<String> CONTRACT_PROPERTIES = List.of(
            "inState", "population", "usesTactic", "jurisdiction", "tactic", "date", "since", "arrests",
            "conductedBy", "keyPartner", "keySource", "supportsTactic", "evidence");
    private static final Set<String> CONTRACT_DATATYPE_PROPERTIES = Set.of("population", "date", "since", "arrests");

    @Test
    void fileParsesStrictlyAndHasIriVersionAndLicence() {
        Graph parsed = RDFParser.source(FILE).strict(true).errorHandler(ErrorHandlerFactory.errorHandlerStrict).toGraph();
        assertTrue(parsed.contains(ONTOLOGY, RDF.type.asNode(), OWL.Ontology.asNode()));
        assertTrue(parsed.contains(ONTOLOGY, OWL.versionInfo.asNode(), Node.ANY));
        Node versionIri = one(parsed, ONTOLOGY, OWL2.versionIRI.asNode());
        assertTrue(versionIri.getURI().startsWith(DG.ONTOLOGY_IRI + "/"), versionIri.toString());
        assertTrue(parsed.contains(ONTOLOGY, DCTerms.license.asNode(),
                NodeFactory.createURI("https://creativecommons.org/licenses/by/4.0/")));
        assertTrue(parsed.isIsomorphicWith(G), "the classpath copy is the file");
    }

    @Test
    void everyDgConstantIsDeclaredWithLabelAndComment() throws IllegalAccessException {
        List<Node> terms = new ArrayList<>();
        for (Field field : DG.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Resource.class.isAssignableFrom(field.getType())) {
                terms.add(((Resource) field.get(null)).asNode());
            }
        }
        assertTrue(terms.size() >= CONTRACT_CLASSES.size() + CONTRACT_PROPERTIES.size(), "reflection found the constants");
        for (Node term : terms) {
            assertTrue(G.contains(term, RDF.type.asNode(), Node.ANY), term + " declared");
            assertTrue(G.contains(term, RDFS.label.asNode(), Node.ANY), term + " has rdfs:label");
            assertTrue(G.contains(term, RDFS.comment.asNode(), Node.ANY), term + " has rdfs:comment");
        }
    }

    @Test
    void contractTermsHaveTheirKindDomainAndRange() {
        for (String name : CONTRACT_CLASSES) {
            assertTrue(G.contains(dg(name), RDF.type.asNode(), OWL.Class.asNode()), name);
        }
        for (String name : CONTRACT_PROPERTIES) {
            Node kind = CONTRACT_DATATYPE_PROPERTIES.contains(name) ? OWL.DatatypeProperty.asNode() : OWL.ObjectProperty.asNode();
            assertTrue(G.contains(dg(name), RDF.type.asNode(), kind), name + " is a " + kind.getLocalName());
            assertTrue(G.contains(dg(name), RDFS.domain.asNode(), Node.ANY), name + " has a domain");
            assertTrue(G.contains(dg(name), RDFS.range.asNode(), Node.ANY), name + " has a range");
        }
        assertTrue(G.contains(DG.Tactics.asNode(), RDF.type.asNode(), SKOS.ConceptScheme.asNode()));
        assertTrue(G.contains(DG.Tactic.asNode(), RDFS.subClassOf.asNode(), SKOS.Concept.asNode()));
        assertEquals(xsd("integer"), one(G, DG.population.asNode(), RDFS.range.asNode()));
        assertEquals(xsd("gYear"), one(G, DG.since.asNode(), RDFS.range.asNode()));
        assertEquals(xsd("nonNegativeInteger"), one(G, DG.arrests.asNode(), RDFS.range.asNode()));
        Node dateRange = one(G, DG.date.asNode(), RDFS.range.asNode());
        assertEquals(Set.of(xsd("gYear"), xsd("gYearMonth"), xsd("date")),
                Set.copyOf(list(G, one(G, dateRange, OWL.unionOf.asNode()))));
    }

    @Test
    void schemeHoldsExactlyTheFifteenTacticsOfTheEnum() {
        Iris iris = Iris.defaults();
        Set<Node> inScheme = G.find(Node.ANY, SKOS.inScheme.asNode(), DG.Tactics.asNode())
                .mapWith(Triple::getSubject).toSet();
        Set<Node> typed = G.find(Node.ANY, RDF.type.asNode(), DG.Tactic.asNode()).mapWith(Triple::getSubject).toSet();
        Set<Node> enumIris = Arrays.stream(Tactic.values())
                .map(t -> NodeFactory.createURI(iris.tactic(t))).collect(Collectors.toSet());
        assertEquals(15, enumIris.size());
        assertEquals(enumIris, inScheme);
        assertEquals(enumIris, typed);
    }

    @Test
    void labelsAltLabelsAndBroaderMatchTheEnumBothWays() {
        Iris iris = Iris.defaults();
        for (Tactic tactic : Tactic.values()) {
            Node concept = NodeFactory.createURI(iris.tactic(tactic));
            assertEquals(NodeFactory.createLiteralLang(tactic.label(), "en"), one(G, concept, SKOS.prefLabel.asNode()));
            assertEquals(Slugs.slug(tactic.label()), one(G, concept, SKOS.notation.asNode()).getLiteralLexicalForm());
            Set<String> altLabels = G.find(concept, SKOS.altLabel.asNode(), Node.ANY)
                    .mapWith(t -> t.getObject().getLiteralLexicalForm()).toSet();
            assertEquals(Set.copyOf(tactic.altLabels()), altLabels, tactic + " altLabels");
            Set<Node> broader = G.find(concept, SKOS.broader.asNode(), Node.ANY).mapWith(Triple::getObject).toSet();
            Set<Node> expected = tactic.broader() == null ? Set.of() : Set.of(NodeFactory.createURI(iris.tactic(tactic.broader())));
            assertEquals(expected, broader, tactic + " broader");
        }
    }

    @Test
    void siteFiguresKeepTheirDate() {
        Node reverseStings = NodeFactory.createURI(Iris.defaults().tactic(Tactic.REVERSE_STINGS));
        Node figure = one(G, reverseStings, dg("siteFigure"));
        assertTrue(one(G, figure, dg("figureText")).getLiteralLexicalForm().contains("2,205"));
        assertEquals(NodeFactory.createLiteralDT("2023-05", XSDDatatype.XSDgYearMonth),
                one(G, figure, DCTerms.date.asNode()));
    }

    @Test
    void ontologyConformsToTheSanityShapes() {
        ValidationReport report = validate(G);
        assertTrue(report.conforms(), () -> report.getEntries().toString());
    }

    static Stream<Arguments> mutations() {
        Node cameras = NodeFactory.createURI(Iris.defaults().tactic(Tactic.CAMERAS));
        Node letters = NodeFactory.createURI(Iris.defaults().tactic(Tactic.LETTERS));
        return Stream.of(
                Arguments.of("tactic without definition", cameras, (Consumer<Graph>) g ->
                        g.remove(cameras, SKOS.definition.asNode(), Node.ANY)),
                Arguments.of("tactic with a second English prefLabel", cameras, (Consumer<Graph>) g ->
                        g.add(cameras, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("Surveillance", "en"))),
                Arguments.of("tactic outside the scheme", letters, (Consumer<Graph>) g ->
                        g.remove(letters, SKOS.inScheme.asNode(), Node.ANY)),
                Arguments.of("top concept that also has a broader one", letters, (Consumer<Graph>) g ->
                        g.add(letters, SKOS.broader.asNode(), cameras)),
                Arguments.of("class without comment", DG.Operation.asNode(), (Consumer<Graph>) g ->
                        g.remove(DG.Operation.asNode(), RDFS.comment.asNode(), Node.ANY)),
                Arguments.of("contract property without range", DG.keySource.asNode(), (Consumer<Graph>) g ->
                        g.remove(DG.keySource.asNode(), RDFS.range.asNode(), Node.ANY)),
                Arguments.of("contract property not declared", DG.usesTactic.asNode(), (Consumer<Graph>) g ->
                        g.remove(DG.usesTactic.asNode(), RDF.type.asNode(), Node.ANY)),
                Arguments.of("datatype property ranging over a class", DG.population.asNode(), (Consumer<Graph>) g -> {
                        g.remove(DG.population.asNode(), RDFS.range.asNode(), Node.ANY);
                        g.add(DG.population.asNode(), RDFS.range.asNode(), DG.Jurisdiction.asNode());
                }),
                Arguments.of("ontology without version", ONTOLOGY, (Consumer<Graph>) g ->
                        g.remove(ONTOLOGY, OWL.versionInfo.asNode(), Node.ANY)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void aBrokenCopyDoesNotConform(String what, Node broken, Consumer<Graph> mutation) {
        Graph copy = GraphFactory.createDefaultGraph();
        G.find().forEach(copy::add);
        mutation.accept(copy);
        assertFalse(copy.isIsomorphicWith(G), "the mutation changed the graph");
        ValidationReport report = validate(copy);
        assertFalse(report.conforms(), what);
        assertEquals(Set.of(broken), report.getEntries().stream().map(e -> e.focusNode()).collect(Collectors.toSet()),
                () -> report.getEntries().toString());
    }

    @Test
    void owlReasonerFindsTheOntologyConsistentAndUsesItsAxioms() {
        assertTrue(owlValidity(G).isValid());
        Graph copy = GraphFactory.createDefaultGraph();
        G.find().forEach(copy::add);
        Node place = NodeFactory.createURI(Iris.defaults().state("CT"));
        copy.add(place, RDF.type.asNode(), DG.State.asNode());
        copy.add(place, RDF.type.asNode(), DG.City.asNode());
        assertFalse(owlValidity(copy).isValid(), "State and City are disjoint");
    }

    private static ValidityReport owlValidity(Graph g) {
        return ModelFactory.createInfModel(ReasonerRegistry.getOWLMiniReasoner(), ModelFactory.createModelForGraph(g)).validate();
    }

    @Test
    void theLoadedGraphIsReadOnly() {
        Triple extra = Triple.create(DG.Tactics.asNode(), RDFS.label.asNode(), NodeFactory.createLiteralString("x"));
        assertThrows(RuntimeException.class, () -> G.add(extra));
        assertThrows(RuntimeException.class, () -> Ontology.graph(new Iris("http://example.org/kg/")).add(extra));
    }

    @Test
    void rebasedGraphMovesTacticsButNotTheVocabulary() {
        Graph rebased = Ontology.graph(new Iris("http://example.org/kg/"));
        Node cameras = NodeFactory.createURI("http://example.org/kg/tactic/cameras");
        assertTrue(rebased.contains(cameras, SKOS.inScheme.asNode(), DG.Tactics.asNode()));
        assertTrue(rebased.contains(NodeFactory.createURI("http://example.org/kg/tactic/web-stings"),
                SKOS.broader.asNode(), NodeFactory.createURI("http://example.org/kg/tactic/reverse-stings")));
        assertTrue(rebased.contains(ONTOLOGY, RDF.type.asNode(), OWL.Ontology.asNode()));
        assertEquals(G.size(), rebased.size());
        assertFalse(rebased.find().filterKeep(t -> Stream.of(t.getSubject(), t.getObject())
                .anyMatch(n -> n.isURI() && n.getURI().startsWith(Iris.DEFAULT_BASE + "tactic/"))).hasNext());
        assertTrue(validate(rebased).conforms());
    }

    private static ValidationReport validate(Graph data) {
        Graph shapesGraph = RDFParser.source(OntologyTest.class.getResourceAsStream("/ontology/ontology-sanity-shapes.ttl"))
                .lang(Lang.TURTLE).toGraph();
        return ShaclValidator.get().validate(Shapes.parse(shapesGraph), data);
    }

    private static Node dg(String local) {
        return NodeFactory.createURI(DG.NS + local);
    }

    private static Node xsd(String local) {
        return NodeFactory.createURI("http://www.w3.org/2001/XMLSchema#" + local);
    }

    private static Node one(Graph g, Node s, Node p) {
        List<Node> objects = g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
        assertEquals(1, objects.size(), s + " " + p + " " + objects);
        return objects.get(0);
    }

    private static List<Node> list(Graph g, Node head) {
        List<Node> items = new ArrayList<>();
        for (Node n = head; !n.equals(RDF.nil.asNode()); n = one(g, n, RDF.rest.asNode())) {
            items.add(one(g, n, RDF.first.asNode()));
        }
        return items;
    }
}
