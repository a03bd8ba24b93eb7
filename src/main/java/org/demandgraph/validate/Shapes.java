package org.demandgraph.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

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
    }

    /** The parsed bundled shapes. */
    public static org.apache.jena.shacl.Shapes bundled() {
        return Holder.SHAPES;
    }

    /** The bundled shapes as RDF (read-only by convention: shared). */
    public static Graph graph() {
        return Holder.GRAPH;
    }

    private static Graph readBundled() {
        Graph graph = GraphFactory.createDefaultGraph();
        ClassLoader loader = Shapes.class.getClassLoader();
        for (String file : FILES) {
            try (InputStream in = loader.getResourceAsStream(RESOURCE_DIR + file)) {
                if (in == null) {
                    throw new IllegalStateException("Shapes not on the class path: " + RESOURCE_DIR + file);
                }
                RDFParser.source(in).lang(Lang.TURTLE).base(NS).parse(graph);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return graph;
    }
}
