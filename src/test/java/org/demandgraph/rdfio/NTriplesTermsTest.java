package org.demandgraph.rdfio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.demandgraph.pipeline.DatasetLoader;
import org.demandgraph.vocab.Iris;
import org.junit.jupiter.api.Test;

/** The fast N-Triples terms and N-Quads lines are Jena's, character for character and byte for byte. */
class NTriplesTermsTest {

    static final Path REAL = Path.of("../shared/real-profiles");

    /** Terms of every kind, with every character that needs care. */
    static List<Node> awkward() {
        List<Node> nodes = new ArrayList<>();
        for (String iri : List.of("https://w3id.org/demandgraph/x", "http://e.org/a b", "http://e.org/a<b>", "http://e.org/{x}",
                "http://e.org/caf\u00e9", "http://e.org/a\\b", "http://e.org/a|b^c`d\"e", "http://e.org/\u007f", "urn:x:y#z?q=1&r=%20"))
            nodes.add(NodeFactory.createURI(iri));
        for (String lex : List.of("", "plain", "a \"quoted\" word", "back\\slash", "line\nbreak", "tab\there", "cr\r",
                "caf\u00e9", "\u201ccurly\u201d", "emoji \ud83d\ude00", "bell\u0007", "del\u007f", "nbsp\u00a0", "<not an iri>")) {
            nodes.add(NodeFactory.createLiteralString(lex));
            nodes.add(NodeFactory.createLiteralLang(lex, "en"));
            nodes.add(NodeFactory.createLiteralLang(lex, "en-US"));
            nodes.add(NodeFactory.createLiteralDirLang(lex, "ar", TextDirection.RTL));
            nodes.add(NodeFactory.createLiteralDT(lex, XSDDatatype.XSDstring));
            nodes.add(NodeFactory.createLiteralDT(lex, XSDDatatype.XSDinteger));
            nodes.add(NodeFactory.createLiteralDT(lex, NodeFactory.getType("http://e.org/odd type")));
        }
        nodes.add(NodeFactory.createBlankNode("b0"));
        nodes.add(NodeFactory.createBlankNode("c-1.x"));
        nodes.add(NodeFactory.createBlankNode());
        return nodes;
    }

    @Test
    void everyTermIsWrittenAsJenaWritesIt() {
        for (Node n : awkward()) assertEquals(NodeFmtLib.strNT(n), NTriplesTerms.of(n), n::toString);
    }

    /** Jena's own N-Quads stream writer: the output the fast lines must equal. */
    static byte[] jena(List<Quad> quads) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        writer.start();
        for (Quad q : quads) {
            if (q.isDefaultGraph()) writer.triple(q.asTriple());
            else writer.quad(q);
        }
        writer.finish();
        return out.toByteArray();
    }

    @Test
    void awkwardQuadsAreWrittenAsJenaWritesThem() {
        List<Node> nodes = awkward();
        Node graph = NodeFactory.createURI("https://w3id.org/demandgraph/graph/g");
        Node predicate = NodeFactory.createURI("http://e.org/p");
        List<Quad> quads = new ArrayList<>();
        for (Node o : nodes) {
            quads.add(Quad.create(graph, NodeFactory.createURI("http://e.org/s"), predicate, o));
            quads.add(Quad.create(Quad.defaultGraphIRI, NodeFactory.createBlankNode("s"), predicate, o));
        }
        assertArrayEquals(jena(quads), DatasetWriter.bytes(quads, RdfSyntax.NQUADS));
    }

    @Test
    void theDevelopmentSetIsWrittenAsJenaWritesIt() {
        assertTrue(Files.isDirectory(REAL), "the development set must be present: " + REAL.toAbsolutePath());
        DatasetGraph ds = new DatasetLoader(Iris.defaults()).load(List.of(REAL)).dataset();
        List<Quad> canonical = DatasetWriter.canonical(ds);
        assertTrue(canonical.size() > 5_000, "quads: " + canonical.size());
        assertTrue(canonical.stream().anyMatch(q -> q.getObject().isLiteral()
                && !q.getObject().getLiteralLexicalForm().chars().allMatch(c -> c >= ' ' && c < 0x7f)), "escapes and non-ASCII");
        assertArrayEquals(jena(canonical), DatasetWriter.bytes(canonical, RdfSyntax.NQUADS));
    }
}
