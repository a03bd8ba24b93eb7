package org.demandgraph.rdfio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.demandgraph.graph.Ontology;
import org.demandgraph.pipeline.DatasetLoader;
import org.demandgraph.vocab.Iris;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The streamed N-Quads (graph by graph) are the canonical N-Quads: Jena's N-Quads writer over every quad,
 * blank nodes relabelled, sorted by one key of all four terms in Jena's N-Triples form (a plain TreeMap,
 * not the writer's sort), duplicates dropped.
 */
class CanonicalNQuadsTest {

    /** Expected bytes, computed without the streamed writer or the fast term formatter. */
    private static byte[] expected(DatasetGraph ds) {
        List<Quad> all = new ArrayList<>();
        ds.find().forEachRemaining(all::add);
        TreeMap<String, Quad> byKey = new TreeMap<>();
        for (Quad q : CanonicalBlankNodes.relabel(all))
            byKey.put((q.isDefaultGraph() ? "" : NodeFmtLib.strNT(q.getGraph())) + '\u0000' + NodeFmtLib.strNT(q.getSubject())
                    + '\u0000' + NodeFmtLib.strNT(q.getPredicate()) + '\u0000' + NodeFmtLib.strNT(q.getObject()), q);
        return NTriplesTermsTest.jena(new ArrayList<>(byKey.values()));
    }

    private static byte[] streamed(DatasetGraph ds, int runQuads) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CanonicalNQuads.write(ds, out, runQuads);
        return out.toByteArray();
    }

    /**
     * Graphs whose names are prefixes of each other, two blank-node graphs alike in every way (one graph
     * once relabelled, their quads merged without duplicates), blank nodes inside graphs, the default
     * graph, and terms of every kind.
     */
    private static DatasetGraph awkward() {
        DatasetGraph ds = DatasetGraphFactory.createGeneral();
        Node p = NodeFactory.createURI("http://e.org/p");
        List<Node> graphs = List.of(NodeFactory.createURI("http://e.org/g"), NodeFactory.createURI("http://e.org/g2"),
                NodeFactory.createURI("http://e.org/g/x"), NodeFactory.createURI("http://e.org/f\u00e9"));
        int i = 0;
        for (Node o : NTriplesTermsTest.awkward()) {
            Node s = NodeFactory.createURI("http://e.org/s" + (i % 7));
            ds.add(graphs.get(i % graphs.size()), s, p, o);
            ds.add(Quad.defaultGraphIRI, s, p, o);
            i++;
        }
        for (int twin = 0; twin < 2; twin++) {
            Node g = NodeFactory.createBlankNode();
            Node list = NodeFactory.createBlankNode();
            ds.add(g, NodeFactory.createURI("http://e.org/s"), p, list);
            ds.add(g, list, p, NodeFactory.createLiteralString("same"));
        }
        GraphUtil.addInto(ds.getGraph(NodeFactory.createURI(Iris.defaults().ontologyGraph())), Ontology.graph(Iris.defaults()));
        return ds;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 1 << 16})
    void awkwardGraphsAreWrittenCanonically(int runQuads) {
        DatasetGraph ds = awkward();
        byte[] expected = expected(ds);
        assertTrue(new String(expected, java.nio.charset.StandardCharsets.UTF_8).contains(" _:"), "blank nodes");
        assertArrayEquals(expected, streamed(ds, runQuads));
    }

    @Test
    void theDevelopmentSetIsWrittenCanonically() {
        assertTrue(Files.isDirectory(NTriplesTermsTest.REAL), "the development set must be present");
        DatasetGraph ds = new DatasetLoader(Iris.defaults()).threads(2).load(List.of(NTriplesTermsTest.REAL)).dataset();
        assertArrayEquals(expected(ds), streamed(ds, 1 << 12));
        assertArrayEquals(DatasetWriter.bytes(DatasetWriter.canonical(ds), RdfSyntax.NQUADS), streamed(ds, 1 << 16));
    }
}
