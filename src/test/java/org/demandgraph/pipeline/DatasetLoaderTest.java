package org.demandgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.demandgraph.vocab.Tactic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.demandgraph.vocab.DG;
import org.demandgraph.vocab.Iris;
import org.demandgraph.rdfio.DatasetWriter;
import org.demandgraph.rdfio.RdfSyntax;
import org.demandgraph.graph.Ontology;

/** The loader on the two real profiles and on fixture files: expected triples, rejections, determinism. */
class DatasetLoaderTest {

    private static final Path PROJECT = Path.of(System.getProperty("demandgraph.project.dir", "."));
    private static final Path PROFILES = PROJECT.resolve("data/profiles");
    private static final Path NORWICH = PROFILES.resolve("norwich-ct.txt");
    private static final Path WINDSOR_LOCKS = PROFILES.resolve("windsor-locks-ct.txt");
    private static final Path FIXTURES = PROJECT.resolve("src/test/resources/graph");
    private static final String BASE = Iris.DEFAULT_BASE;

    @TempDir
    Path dir;

    private static Node uri(String iri) { return NodeFactory.createURI(iri); }

    private static Node dg(String local) { return uri(DG.NS + local); }

    private static Node str(String s) { return NodeFactory.createLiteralString(s); }

    private static Node tactic(String slug) { return uri(BASE + "tactic/" + slug); }

    private static Set<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toSet();
    }

    private static LoadResult load(Path... paths) {
        return new DatasetLoader(Iris.defaults()).load(List.of(paths));
    }

    private static Graph profileGraph(LoadResult r, String st, String slug) {
        Node name = uri(BASE + "profile/us/" + st + "/" + slug);
        assertTrue(r.dataset().containsGraph(name), "no graph " + name);
        return r.dataset().getGraph(name);
    }

    @Test
    void bundledProfilesLoadIntoOneGraphEachBesideTheOntology() {
        LoadResult r = load(PROFILES);
        assertEquals(List.of(), r.rejected());
        assertEquals(2, r.profiles());
        assertEquals(0, r.datasetFiles());
        List<Node> graphs = new ArrayList<>();
        r.dataset().listGraphNodes().forEachRemaining(graphs::add);
        assertEquals(Set.of(uri(BASE + "graph/ontology"), uri(BASE + "profile/us/ct/norwich"),
                uri(BASE + "profile/us/ct/windsor-locks")), Set.copyOf(graphs));
        assertTrue(r.dataset().getDefaultGraph().isEmpty());
        assertFalse(r.dataset().getGraph(uri(BASE + "graph/ontology")).isEmpty());
    }

    @Test
    void norwichJurisdictionStateAndDocument() throws IOException {
        Graph g = profileGraph(load(NORWICH), "ct", "norwich");
        Node place = uri(BASE + "jurisdiction/us/ct/norwich");
        Node state = uri(BASE + "jurisdiction/us/ct");
        Node doc = uri(BASE + "profile/us/ct/norwich");
        assertTrue(g.contains(place, RDF.type.asNode(), dg("City")));
        assertFalse(g.contains(place, RDF.type.asNode(), dg("County")));
        assertEquals(Set.of(str("Norwich, CT")), objects(g, place, RDFS.label.asNode()));
        assertEquals(Set.of(str("Norwich")), objects(g, place, dg("name")));
        assertEquals(Set.of(state), objects(g, place, dg("inState")));
        assertEquals(Set.of(NodeFactory.createLiteralDT("40014", XSDDatatype.XSDinteger)), objects(g, place, dg("population")));
        assertTrue(g.contains(state, RDF.type.asNode(), dg("State")));
        assertEquals(Set.of(str("CT")), objects(g, state, SKOS.notation.asNode()));
        assertEquals(Set.of(str("Connecticut")), objects(g, state, RDFS.label.asNode()));
        assertEquals(Set.of(place), objects(g, doc, uri("http://xmlns.com/foaf/0.1/primaryTopic")));
        assertEquals(Set.of(str(sha256(NORWICH))), objects(g, doc, dg("sha256")));
        assertEquals(Set.of(str("norwich-ct.txt")), objects(g, doc, dg("sourceFile")));
        String description = objects(g, doc, uri("http://purl.org/dc/terms/description")).iterator().next().getLiteralLexicalForm();
        assertTrue(description.startsWith("Norwich is a city of approximately 40,000 residents"), description);
        assertTrue(description.endsWith("in a Development Block Grant."), description);
        assertFalse(description.contains("Key Sources"), "the narrative stops before Key Sources");
    }

    @Test
    void windsorLocksPopulationAndNoPartners() {
        Graph g = profileGraph(load(WINDSOR_LOCKS), "ct", "windsor-locks");
        Node place = uri(BASE + "jurisdiction/us/ct/windsor-locks");
        assertTrue(g.contains(place, RDF.type.asNode(), dg("City")));
        assertEquals(Set.of(str("Windsor Locks, CT")), objects(g, place, RDFS.label.asNode()));
        assertEquals(Set.of(NodeFactory.createLiteralDT("12876", XSDDatatype.XSDinteger)), objects(g, place, dg("population")));
        assertTrue(objects(g, place, dg("keyPartner")).isEmpty(), "the Key Partners section is empty");
    }

    @Test
    void printedListIsListedTacticsOnlyNeverUses() {
        LoadResult r = load(PROFILES);
        for (String slug : List.of("norwich", "windsor-locks")) {
            Graph g = profileGraph(r, "ct", slug);
            Node doc = uri(BASE + "profile/us/ct/" + slug);
            Set<Node> listed = objects(g, doc, dg("listedTactic"));
            assertEquals(13, listed.size(), slug);
            assertEquals(13, g.find(doc, dg("listedTactic"), Node.ANY).toList().size());
            assertFalse(listed.contains(tactic("letters")));
            assertFalse(listed.contains(tactic("cameras")));
            // Neither narrative shows these listed tactics: the list must not have made them uses.
            Node place = uri(BASE + "jurisdiction/us/ct/" + slug);
            Set<Node> used = objects(g, place, dg("usesTactic"));
            for (String never : List.of("john-school", "license-suspension", "soap-orders", "auto-seizure",
                    "neighborhood-action", "public-education", "it-based-tactics"))
                assertFalse(used.contains(tactic(never)), slug + " uses " + never + " only by the printed list");
            // Whatever is used is mirrored by a TacticUse carrying evidence (none comes from the list).
            for (Node t : used) {
                List<Node> uses = g.find(Node.ANY, dg("tactic"), t).mapWith(Triple::getSubject)
                        .filterKeep(u -> g.contains(u, RDF.type.asNode(), dg("TacticUse"))).toList();
                assertFalse(uses.isEmpty(), slug + " uses " + t + " without a TacticUse");
                assertTrue(uses.stream().allMatch(u -> g.contains(u, dg("evidence"), Node.ANY)));
            }
        }
    }

    @Test
    void keySourcesHeadingsSupportTheirTactics() {
        LoadResult r = load(PROFILES);
        Graph norwich = profileGraph(r, "ct", "norwich");
        Node stings = uri(BASE + "source/us/ct/norwich/1-reverse-stings-identity-disclosure");
        assertTrue(norwich.contains(uri(BASE + "profile/us/ct/norwich"), dg("keySource"), stings));
        assertTrue(norwich.contains(stings, RDF.type.asNode(), dg("Source")));
        assertEquals(Set.of(tactic("reverse-stings"), tactic("identity-disclosure")), objects(norwich, stings, dg("supportsTactic")));
        assertEquals(Set.of(tactic("web-stings")),
                objects(norwich, uri(BASE + "source/us/ct/norwich/2-web-stings"), dg("supportsTactic")));
        assertEquals(3, objects(norwich, uri(BASE + "profile/us/ct/norwich"), dg("keySource")).size());

        Graph windsor = profileGraph(r, "ct", "windsor-locks");
        Set<Node> sources = objects(windsor, uri(BASE + "profile/us/ct/windsor-locks"), dg("keySource"));
        Node fired = sources.stream().filter(s -> windsor.contains(s, RDFS.label.asNode(),
                str("Sex Buyer Fired or Resigned Due to Arrest"))).findFirst().orElseThrow();
        assertEquals(Set.of(tactic("employment-loss")), objects(windsor, fired, dg("supportsTactic")));
        Node trafficking = sources.stream().filter(s -> windsor.contains(s, RDFS.label.asNode(),
                str("Sex Trafficking and Child Sexual Exploitation in the Area"))).findFirst().orElseThrow();
        assertTrue(objects(windsor, trafficking, dg("supportsTactic")).isEmpty());
    }

    @Test
    void badFilesAreRejectedAndTheRestStillLoads() throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in.resolve("nested"));
        Files.copy(NORWICH, in.resolve("norwich-ct.txt"));
        Files.copy(WINDSOR_LOCKS, in.resolve("nested/windsor-locks-ct.txt"));
        Files.copy(FIXTURES.resolve("binary.txt"), in.resolve("binary.txt"));
        Files.copy(FIXTURES.resolve("empty.txt"), in.resolve("nested/empty.txt"));
        Files.copy(FIXTURES.resolve("broken-line-2.nq"), in.resolve("broken-line-2.nq"));
        Files.writeString(in.resolve("README.md"), "not an input: skipped");
        LoadResult r = load(in);
        assertEquals(2, r.profiles());
        assertEquals(List.of(in.resolve("binary.txt").toString(), in.resolve("broken-line-2.nq").toString(),
                in.resolve("nested/empty.txt").toString()), r.rejected().stream().map(Rejection::file).toList());
        Rejection broken = r.rejected().get(1);
        assertEquals(2, broken.line(), broken.toString());
        assertFalse(r.dataset().containsGraph(uri("https://example.org/g")), "nothing of a broken dataset file loads");
        assertTrue(r.dataset().containsGraph(uri(BASE + "profile/us/ct/windsor-locks")));
    }

    @Test
    void secondProfileOfTheSameJurisdictionIsRejected() throws IOException {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Files.copy(NORWICH, dir.resolve("a/norwich-ct.txt"));
        Files.copy(NORWICH, dir.resolve("b/norwich.txt"));
        LoadResult r = load(dir);
        assertEquals(1, r.profiles());
        assertEquals(1, r.rejected().size());
        Rejection dup = r.rejected().get(0);
        assertEquals(dir.resolve("b/norwich.txt").toString(), dup.file());
        assertEquals(1, dup.line());
        assertTrue(dup.reason().contains("duplicate") && dup.reason().contains(dir.resolve("a/norwich-ct.txt").toString()), dup.reason());
    }

    @Test
    void datasetFilesAreMergedIn() {
        LoadResult r = load(NORWICH, FIXTURES.resolve("extra-graph.nq"));
        assertEquals(1, r.profiles());
        assertEquals(1, r.datasetFiles());
        assertTrue(r.dataset().contains(uri("https://example.org/g"), uri("https://example.org/s"),
                uri("https://example.org/p"), str("a dataset file")));
        assertTrue(r.dataset().containsGraph(uri(BASE + "profile/us/ct/norwich")));
    }

    @Test
    void gzippedDatasetFilesAreRead() throws IOException {
        DatasetGraph original = load(FIXTURES.resolve("extra-graph.nq")).dataset();
        Path gz = dir.resolve("extra.trig.gz");
        DatasetWriter.write(original, gz);
        LoadResult r = load(gz);
        assertEquals(List.of(), r.rejected());
        assertTrue(org.apache.jena.sparql.util.IsoMatcher.isomorphic(original, r.dataset()));
    }

    @Test
    void brokenDatasetFileIsRejectedAtItsLine() {
        LoadResult r = load(FIXTURES.resolve("broken-line-2.nq"), FIXTURES.resolve("extra-graph.nq"));
        assertEquals(1, r.datasetFiles());
        assertEquals(1, r.rejected().size());
        assertEquals(FIXTURES.resolve("broken-line-2.nq") + ":2: Illegal object: [DOT]", r.rejected().get(0).toString());
        assertFalse(r.dataset().contains(Node.ANY, Node.ANY, Node.ANY, str("ok")), "nothing of a broken file loads");
        assertTrue(r.dataset().contains(Node.ANY, Node.ANY, Node.ANY, str("a dataset file")));
    }

    @Test
    void rebuildingFromOurOwnOutputPlusProfilesKeepsOneOntology() throws IOException {
        Path first = dir.resolve("first.nq");
        DatasetWriter.write(load(NORWICH).dataset(), first);
        LoadResult r = load(first, WINDSOR_LOCKS);
        assertEquals(List.of(), r.rejected());
        Node ontology = uri(BASE + "graph/ontology");
        assertEquals(Ontology.graph(Iris.defaults()).size(), r.dataset().getGraph(ontology).size());
        assertTrue(r.dataset().containsGraph(uri(BASE + "profile/us/ct/norwich")));
        assertTrue(r.dataset().containsGraph(uri(BASE + "profile/us/ct/windsor-locks")));
        assertEquals(1, load(first, NORWICH).rejected().size(), "a profile already in a dataset file is a duplicate");
    }

    @Test
    void onlyDatasetFilesGiveNoOntologyGraph() {
        LoadResult r = load(FIXTURES.resolve("extra-graph.nq"));
        assertFalse(r.dataset().containsGraph(uri(BASE + "graph/ontology")));
    }

    @Test
    void baseMovesEveryDataIri() {
        String other = "http://example.org/kg/";
        DatasetGraph ds = new DatasetLoader(new Iris(other)).load(List.of(PROFILES)).dataset();
        Set<String> iris = ds.stream()
                .flatMap(q -> java.util.stream.Stream.of(q.getGraph(), q.getSubject(), q.getObject()))
                .filter(Node::isURI).map(Node::getURI).collect(Collectors.toSet());
        Set<String> data = iris.stream().filter(u -> u.startsWith(other)).collect(Collectors.toSet());
        assertTrue(data.contains(other + "jurisdiction/us/ct/norwich"));
        assertTrue(data.contains(other + "tactic/reverse-stings"));
        // the vocabulary (ontology IRI, its version IRI, dg: terms) stays; every data IRI moves
        assertEquals(Set.of(), iris.stream().filter(u -> u.startsWith(BASE) && !u.startsWith(DG.ONTOLOGY_IRI))
                .collect(Collectors.toSet()));
    }

    @Test
    void twoLoadsWriteTheSameBytes() {
        assertArrayEquals(nquads(load(PROFILES).dataset()), nquads(load(PROFILES).dataset()));
    }

    @Test
    void everyTacticOfTheSchemeIsInTheOntologyGraphUnderTheBase() {
        Graph ontology = load(NORWICH).dataset().getGraph(uri(BASE + "graph/ontology"));
        Set<Tactic> missing = EnumSet.noneOf(Tactic.class);
        for (Tactic t : Tactic.values())
            if (!ontology.contains(uri(Iris.defaults().tactic(t)), RDF.type.asNode(), Node.ANY)) missing.add(t);
        assertEquals(Set.of(), missing);
    }

    private static byte[] nquads(DatasetGraph ds) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetWriter.write(ds, RdfSyntax.NQUADS, out);
        return out.toByteArray();
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
