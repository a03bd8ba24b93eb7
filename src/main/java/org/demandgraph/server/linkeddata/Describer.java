package org.demandgraph.server.linkeddata;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.demandgraph.vocab.DG;
import org.demandgraph.rdfio.CanonicalOrder;

/**
 * The description of one IRI, over every graph of the dataset: its own triples (for the ontology, also
 * those of its {@code #terms}), the labels of what they link to, and the triples pointing at it.
 * A named graph that is nothing else is described by its content; an ontology's version IRI by the ontology.
 */
public final class Describer {

    /** What is known about an IRI; {@link #known()} is false for an IRI the data never mentions. */
    public record Description(String iri, List<Triple> own, List<Triple> incoming, List<Triple> labels) {
        public boolean known() { return !own.isEmpty() || !incoming.isEmpty(); }

        /** All triples, sorted and without duplicates. */
        public List<Triple> all() {
            Set<Triple> set = new LinkedHashSet<>(own);
            set.addAll(incoming);
            set.addAll(labels);
            return CanonicalOrder.triples(set);
        }
    }

    private static final Node LABEL = RDFS.label.asNode();
    private static final Node PREF_LABEL = SKOS.prefLabel.asNode();

    private final DatasetGraph dsg;

    public Describer(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    public Description describe(String iri) {
        return Txn.calculateRead(dsg, () -> withLabelsInTxn(describeInTxn(iri)));
    }

    /**
     * Without the labels of what it links to: what a page needs (it looks labels up itself, for the rows it
     * shows) and what tells whether an IRI is known. A tactic's description links thousands of uses and
     * operations; their labels are two lookups each.
     */
    public Description describeWithoutLabels(String iri) {
        return Txn.calculateRead(dsg, () -> describeInTxn(iri));
    }

    /** The description with the labels of what it links to, as {@link #describe} gives it. */
    public Description withLabels(Description d) {
        return d.labels().isEmpty() ? Txn.calculateRead(dsg, () -> withLabelsInTxn(d)) : d;
    }

    private Description describeInTxn(String iri) {
        Node node = NodeFactory.createURI(iri);
        // A version IRI (owl:versionIRI) is the ontology as of that version: the data holds only the current one.
        Iterator<Quad> versionOf = dsg.find(Node.ANY, Node.ANY, OWL.versionIRI.asNode(), node);
        if (versionOf.hasNext()) {
            Node ontology = versionOf.next().getSubject();
            if (ontology.isURI() && !ontology.equals(node)) return describeInTxn(ontology.getURI());
        }
        Set<Triple> own = new LinkedHashSet<>();
        collect(dsg.find(Node.ANY, node, Node.ANY, Node.ANY), own);
        if (iri.equals(DG.ONTOLOGY_IRI)) {
            // Hash IRIs (dg:City, dg:usesTactic...) are parts of the ontology document.
            Iterator<Quad> it = dsg.find();
            while (it.hasNext()) {
                Quad q = it.next();
                if (q.getSubject().isURI() && q.getSubject().getURI().startsWith(DG.NS)) own.add(q.asTriple());
            }
        }
        // Hash IRIs of this document ({iri}#site-figure) are part of it: every node it mentions is described.
        for (Triple t : List.copyOf(own)) {
            Node o = t.getObject();
            if (o.isURI() && o.getURI().startsWith(iri + "#")) collect(dsg.find(Node.ANY, o, Node.ANY, Node.ANY), own);
        }
        Set<Triple> incoming = new LinkedHashSet<>();
        collect(dsg.find(Node.ANY, Node.ANY, Node.ANY, node), incoming);
        if (own.isEmpty() && incoming.isEmpty() && dsg.containsGraph(node)) {
            dsg.getGraph(node).find().forEach(own::add);
        }
        return new Description(iri, CanonicalOrder.triples(own), CanonicalOrder.triples(incoming), List.of());
    }

    private Description withLabelsInTxn(Description d) {
        Node node = NodeFactory.createURI(d.iri());
        Set<Node> neighbours = new LinkedHashSet<>();
        d.own().forEach(t -> neighbours.add(t.getObject()));
        d.incoming().forEach(t -> neighbours.add(t.getSubject()));
        Set<Triple> labels = new LinkedHashSet<>();
        for (Node n : neighbours) {
            if (!n.isURI() || n.equals(node)) continue;
            collect(dsg.find(Node.ANY, n, LABEL, Node.ANY), labels);
            collect(dsg.find(Node.ANY, n, PREF_LABEL, Node.ANY), labels);
        }
        return new Description(d.iri(), d.own(), d.incoming(), CanonicalOrder.triples(labels));
    }

    private static void collect(Iterator<Quad> quads, Set<Triple> into) {
        while (quads.hasNext()) into.add(quads.next().asTriple());
    }
}
