package org.demandgraph.validate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.sparql.graph.GraphFactory;
import org.demandgraph.validate.sparql.SparqlChecks;
import org.demandgraph.vocab.Sha256;

/** The bundled SHACL shapes ({@code shapes/} in the project, {@code demandgraph/shapes/} on the class path), parsed once. */
public final class Shapes {

    /** Where the pom copies {@code shapes/}. */
    public static final String RESOURCE_DIR = "demandgraph/shapes/";
    /** The shape files, in load order. */
    public static final List<String> FILES = List.of("demandgraph-shapes.ttl");
    /** Namespace of the shapes' IRIs ({@code dgsh:}). */
    public static final String NS = "https://w3id.org/demandgraph/shapes#";

    private Shapes() {}

    private static final class Holder {
        static final Graph GRAPH = readBundled();
        static final org.apache.jena.shacl.Shapes SHAPES = org.apache.jena.shacl.Shapes.parse(GRAPH);
        static final String DIGEST = digestBundled();
        static final Map<Node, List<Constraint>> CHECKED = SparqlChecks.replacing(SHAPES, NS);
    }

    /** The parsed bundled shapes. */
    public static org.apache.jena.shacl.Shapes bundled() {
        return Holder.SHAPES;
    }

    /**
     * The bundled shapes' constraints with their SHACL-SPARQL ones answered in Java ({@link SparqlChecks}),
     * by shape node: what {@link Validation#withBundledShapes()} validates with.
     */
    static Map<Node, List<Constraint>> checked() {
        return Holder.CHECKED;
    }

    /** The bundled shapes as RDF (read-only by convention: shared). */
    public static Graph graph() {
        return Holder.GRAPH;
    }

    /**
     * The SHA-256 of the bundled shape files (their bytes, in load order), 64 hex digits: recorded in the
     * quality graph so that one computed with other shapes is not reused.
     */
    public static String digest() {
        return Holder.DIGEST;
    }

    private static String digestBundled() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (String file : FILES) {
            try (InputStream in = open(file)) {
                in.transferTo(all);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Sha256.hex(all.toByteArray());
    }

    private static InputStream open(String file) {
        InputStream in = Shapes.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + file);
        if (in == null) throw new IllegalStateException("Shapes not on the class path: " + RESOURCE_DIR + file);
        return in;
    }

    private static Graph readBundled() {
        Graph graph = GraphFactory.createDefaultGraph();
        for (String file : FILES) {
            try (InputStream in = open(file)) {
                RDFParser.source(in).lang(Lang.TURTLE).base(NS).parse(graph);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return graph;
    }
}
