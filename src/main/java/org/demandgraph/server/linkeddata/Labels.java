package org.demandgraph.server.linkeddata;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The display label of every IRI that has one, in one version of the data: rdfs:label, else
 * skos:prefLabel, else dcterms:title; of these, English or untagged first, then the smallest text, so
 * the same label on every run. Built with one pass per label property, so a page with thousands of
 * rows looks each one up in a map instead of searching every graph per row.
 */
final class Labels {

    /** The label properties, most preferred first. */
    static final List<Node> PROPERTIES = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), DCTerms.title.asNode());

    /** Of two labels by the same property: English or untagged first, then the smallest text. */
    static final Comparator<Node> PREFERENCE = Comparator.comparing((Node o) -> o.getLiteralLanguage().isEmpty()
            || o.getLiteralLanguage().startsWith("en") ? 0 : 1).thenComparing(Node::getLiteralLexicalForm);

    private final Map<Node, String> byIri;

    private Labels(Map<Node, String> byIri) {
        this.byIri = byIri;
    }

    /** Reads every label of the dataset's graphs (the default graph too): one read transaction. */
    static Labels of(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Graph g = Sparql.union(dsg);
            Map<Node, String> out = new HashMap<>();
            for (Node p : PROPERTIES) {
                Map<Node, Node> best = new HashMap<>();
                g.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
                    if (!t.getSubject().isURI() || !t.getObject().isLiteral()) return;
                    best.merge(t.getSubject(), t.getObject(), (a, b) -> PREFERENCE.compare(a, b) <= 0 ? a : b);
                });
                best.forEach((s, o) -> out.putIfAbsent(s, o.getLiteralLexicalForm()));
            }
            return new Labels(out);
        });
    }

    /** The label of an IRI node, or null when it has none. */
    String of(Node iri) {
        return byIri.get(iri);
    }
}
