package org.demandgraph.server.linkeddata;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * The VoID and DCAT description of the dataset, as served at {@code /void}. The dataset is
 * {@code {base}void#dataset}; endpoint and dump URLs are absolute on the server that answers
 * (its origin, e.g. {@code http://127.0.0.1:3030}). Data licence: CC BY 4.0; the quoted sentences
 * remain the words of the Demand Forum profiles they come from.
 */
public final class VoidDescription {

    static final String VOID = "http://rdfs.org/ns/void#";
    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String DCT = "http://purl.org/dc/terms/";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String OWL_VERSION_INFO = "http://www.w3.org/2002/07/owl#versionInfo";
    public static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";

    private VoidDescription() {}

    public static String datasetIri(String base) {
        return base + "void#dataset";
    }

    public static List<Triple> build(String base, String origin, String sparqlPath, DatasetStats stats) {
        Graph g = GraphFactory.createDefaultGraph();
        Node ds = uri(datasetIri(base));
        add(g, ds, RDF.Nodes.type, uri(VOID + "Dataset"));
        add(g, ds, RDF.Nodes.type, uri(DCAT + "Dataset"));
        add(g, ds, uri(DCT + "title"), NodeFactory.createLiteralString("demandgraph"));
        add(g, ds, uri(DCT + "description"), NodeFactory.createLiteralString(
                "What U.S. cities, counties and states do to deter sex buyers, extracted from Demand Forum "
                        + "jurisdiction profiles; every fact carries the sentence it came from."));
        add(g, ds, uri(DCT + "license"), uri(LICENSE));
        // what a citation names (see CITATION.cff and docs/research.md)
        add(g, ds, uri(OWL_VERSION_INFO), NodeFactory.createLiteralString(stats.release().version()));
        add(g, ds, uri(DCAT + "version"), NodeFactory.createLiteralString(stats.release().version()));
        add(g, ds, uri(DCT + "modified"), NodeFactory.createLiteralDT(stats.release().modified(), XSDDatatype.XSDdate));
        add(g, ds, uri(VOID + "uriSpace"), NodeFactory.createLiteralString(base));
        add(g, ds, uri(VOID + "vocabulary"), uri("https://w3id.org/demandgraph/ontology#"));
        add(g, ds, uri(VOID + "sparqlEndpoint"), uri(origin + sparqlPath));
        add(g, ds, uri(VOID + "rootResource"), uri(origin + "/"));
        add(g, ds, uri(FOAF + "homepage"), uri(origin + "/"));
        add(g, ds, uri(VOID + "triples"), integer(stats.quads()));
        add(g, ds, uri(VOID + "entities"), integer(stats.entities()));
        add(g, ds, uri(VOID + "classes"), integer(stats.classes().size()));
        add(g, ds, uri(VOID + "properties"), integer(stats.properties().size()));

        Node service = uri(base + "void#sparql");
        add(g, ds, uri(DCAT + "distribution"), service);
        add(g, service, RDF.Nodes.type, uri(DCAT + "Distribution"));
        add(g, service, uri(DCAT + "accessURL"), uri(origin + sparqlPath));
        add(g, service, uri(DCT + "title"), NodeFactory.createLiteralString("SPARQL 1.1 endpoint"));

        for (String name : DatasetSnapshot.DUMP_NAMES) {
            Node url = uri(origin + "/dumps/" + name);
            add(g, ds, uri(VOID + "dataDump"), url);
            Node dist = uri(base + "void#dump-" + name.replace('.', '-'));
            add(g, ds, uri(DCAT + "distribution"), dist);
            add(g, dist, RDF.Nodes.type, uri(DCAT + "Distribution"));
            add(g, dist, uri(DCAT + "downloadURL"), url);
            add(g, dist, uri(DCAT + "accessURL"), url);
            add(g, dist, uri(DCT + "license"), uri(LICENSE));
            switch (name) {
                case DatasetSnapshot.NQUADS_GZ -> {
                    add(g, dist, uri(DCAT + "mediaType"), uri("https://www.iana.org/assignments/media-types/application/n-quads"));
                    add(g, dist, uri(DCAT + "compressFormat"), uri("https://www.iana.org/assignments/media-types/application/gzip"));
                }
                case DatasetSnapshot.TRIG -> add(g, dist, uri(DCAT + "mediaType"), uri("https://www.iana.org/assignments/media-types/application/trig"));
                default -> add(g, dist, uri(DCAT + "mediaType"), uri("https://www.iana.org/assignments/media-types/application/ld+json"));
            }
        }

        for (DatasetStats.Partition p : stats.classes()) {
            Node part = uri(base + "void#class-" + Integer.toHexString(p.iri().hashCode()) + "-" + local(p.iri()));
            add(g, ds, uri(VOID + "classPartition"), part);
            add(g, part, uri(VOID + "class"), uri(p.iri()));
            add(g, part, uri(VOID + "entities"), integer(p.count()));
        }
        for (DatasetStats.Partition p : stats.properties()) {
            Node part = uri(base + "void#property-" + Integer.toHexString(p.iri().hashCode()) + "-" + local(p.iri()));
            add(g, ds, uri(VOID + "propertyPartition"), part);
            add(g, part, uri(VOID + "property"), uri(p.iri()));
            add(g, part, uri(VOID + "triples"), integer(p.count()));
        }
        return SortedRdf.sorted(g.find().toList());
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
