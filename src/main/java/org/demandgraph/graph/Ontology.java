package org.demandgraph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.demandgraph.vocab.Iris;

/**
 * The ontology and the tactic scheme ({@code ontology/demandgraph.ttl}), read once from the classpath.
 * Tactic concepts are data IRIs, so they follow the base; the {@code dg:} namespace never moves.
 */
public final class Ontology {

    public static final String RESOURCE = "demandgraph/ontology/demandgraph.ttl";

    private static final String DEFAULT_TACTICS = Iris.DEFAULT_BASE + "tactic/";

    private static final Graph DEFAULT = new GraphReadOnly(load());

    private Ontology() {}

    /** The ontology graph (read-only), its tactic IRIs under {@code iris}' base. */
    public static Graph graph(Iris iris) {
        if (iris.base().equals(Iris.DEFAULT_BASE)) {
            return DEFAULT;
        }
        String tactics = iris.base() + "tactic/";
        Graph rebased = GraphFactory.createDefaultGraph();
        rebased.getPrefixMapping().setNsPrefixes(DEFAULT.getPrefixMapping());
        rebased.getPrefixMapping().setNsPrefix("tactic", tactics);
        DEFAULT.find().forEach(t -> rebased.add(Triple.create(
                rebase(t.getSubject(), tactics), t.getPredicate(), rebase(t.getObject(), tactics))));
        return new GraphReadOnly(rebased);
    }

    private static Node rebase(Node node, String tactics) {
        if (node.isURI() && node.getURI().startsWith(DEFAULT_TACTICS)) {
            return NodeFactory.createURI(tactics + node.getURI().substring(DEFAULT_TACTICS.length()));
        }
        return node;
    }

    private static Graph load() {
        try (InputStream in = Ontology.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource missing: " + RESOURCE);
            }
            return RDFParser.source(in).lang(Lang.TURTLE).strict(true).toGraph();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
