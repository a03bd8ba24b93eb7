package org.demandgraph.graph;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** The reused vocabularies' terms the mappers write, as graph nodes. */
final class Vocab {

    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String ORG = "http://www.w3.org/ns/org#";
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String OA = "http://www.w3.org/ns/oa#";

    static final Node type = RDF.type.asNode();
    static final Node label = RDFS.label.asNode();
    static final Node notation = SKOS.notation.asNode();
    static final Node title = DCTerms.title.asNode();
    static final Node description = DCTerms.description.asNode();
    static final Node isPartOf = DCTerms.isPartOf.asNode();
    static final Node primaryTopic = NodeFactory.createURI(FOAF + "primaryTopic");
    static final Node subOrganizationOf = NodeFactory.createURI(ORG + "subOrganizationOf");
    static final Node wasGeneratedBy = NodeFactory.createURI(PROV + "wasGeneratedBy");

    private Vocab() {}
}
