package org.demandgraph.server.linkeddata;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.VOID;
import org.demandgraph.vocab.DG;
import org.demandgraph.rdfio.CanonicalOrder;

/**
 * The VoID and DCAT description of the dataset, as served at {@code /void}. The dataset is
 * {@code {base}void#dataset}; endpoint and dump URLs are absolute on the server that answers
 * (its origin, e.g. {@code http://127.0.0.1:3030}). Data licence: CC BY 4.0; the quoted sentences
 * remain the words of the Demand Forum profiles they come from.
 */
public final class VoidDescription {

    public static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";

    private VoidDescription() {}

    public static String datasetIri(String base) {
        return base + "void#dataset";
    }

    public static List<Triple> build(String base, String origin, String sparqlPath, DatasetStats stats) {
        Graph g = GraphFactory.createDefaultGraph();
        Node ds = uri(datasetIri(base));
        add(g, ds, RDF.Nodes.type, VOID.Dataset.asNode());
        add(g, ds, RDF.Nodes.type, DCAT.Dataset.asNode());
        add(g, ds, DCTerms.title.asNode(), NodeFactory.createLiteralString("demandgraph"));
        add(g, ds, DCTerms.description.asNode(), NodeFactory.createLiteralString(
                "What U.S. cities, counties and states do to deter sex buyers, extracted from Demand Forum "
                        + "jurisdiction profiles; every fact carries the sentence it came from."));
        add(g, ds, DCTerms.license.asNode(), uri(LICENSE));
        add(g, ds, VOID.uriSpace.asNode(), NodeFactory.createLiteralString(base));
        add(g, ds, VOID.vocabulary.asNode(), uri(DG.NS));
        add(g, ds, VOID.sparqlEndpoint.asNode(), uri(origin + sparqlPath));
        add(g, ds, VOID.rootResource.asNode(), uri(origin + "/"));
        add(g, ds, FOAF.homepage.asNode(), uri(origin + "/"));
        add(g, ds, VOID.triples.asNode(), integer(stats.quads()));
        add(g, ds, VOID.entities.asNode(), integer(stats.entities()));
        add(g, ds, VOID.classes.asNode(), integer(stats.classes().size()));
        add(g, ds, VOID.properties.asNode(), integer(stats.properties().size()));

        Node service = uri(base + "void#sparql");
        add(g, ds, DCAT.distribution.asNode(), service);
        add(g, service, RDF.Nodes.type, DCAT.Distribution.asNode());
        add(g, service, DCAT.accessURL.asNode(), uri(origin + sparqlPath));
        add(g, service, DCTerms.title.asNode(), NodeFactory.createLiteralString("SPARQL 1.1 endpoint"));

        for (String name : DatasetSnapshot.DUMP_NAMES) {
            Node url = uri(origin + "/dumps/" + name);
            add(g, ds, VOID.dataDump.asNode(), url);
            Node dist = uri(base + "void#dump-" + name.replace('.', '-'));
            add(g, ds, DCAT.distribution.asNode(), dist);
            add(g, dist, RDF.Nodes.type, DCAT.Distribution.asNode());
            add(g, dist, DCAT.downloadURL.asNode(), url);
            add(g, dist, DCAT.accessURL.asNode(), url);
            add(g, dist, DCTerms.license.asNode(), uri(LICENSE));
            switch (name) {
                case DatasetSnapshot.NQUADS_GZ -> {
                    add(g, dist, DCAT.mediaType.asNode(), uri("https://www.iana.org/assignments/media-types/application/n-quads"));
                    add(g, dist, DCAT.compressFormat.asNode(), uri("https://www.iana.org/assignments/media-types/application/gzip"));
                }
                case DatasetSnapshot.TRIG -> add(g, dist, DCAT.mediaType.asNode(), uri("https://www.iana.org/assignments/media-types/application/trig"));
                default -> add(g, dist, DCAT.mediaType.asNode(), uri("https://www.iana.org/assignments/media-types/application/ld+json"));
            }
        }

        for (DatasetStats.Partition p : stats.classes()) {
            Node part = uri(base + "void#class-" + Integer.toHexString(p.iri().hashCode()) + "-" + local(p.iri()));
            add(g, ds, VOID.classPartition.asNode(), part);
            add(g, part, VOID._class.asNode(), uri(p.iri()));
            add(g, part, VOID.entities.asNode(), integer(p.count()));
        }
        for (DatasetStats.Partition p : stats.properties()) {
            Node part = uri(base + "void#property-" + Integer.toHexString(p.iri().hashCode()) + "-" + local(p.iri()));
            add(g, ds, VOID.propertyPartition.asNode(), part);
            add(g, part, VOID.property.asNode(), uri(p.iri()));
            add(g, part, VOID.triples.asNode(), integer(p.count()));
        }
        return CanonicalOrder.triples(g.find().toList());
    }

    private static String local(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1).replaceAll("[^A-Za-z0-9_-]", "");
    }

    private static Node uri(String s) { return NodeFactory.createURI(s); }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static void add(Graph g, Node s, Node p, Node o) { g.add(Triple.create(s, p, o)); }
}
