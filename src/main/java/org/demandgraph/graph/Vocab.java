package org.demandgraph.graph;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** The reused vocabularies' terms the mappers write, as graph nodes. */
final class Vocab {

    static final Node type = RDF.type.asNode();
    static final Node label = RDFS.label.asNode();
    static final Node notation = SKOS.notation.asNode();
    static final Node title = DCTerms.title.asNode();
    static final Node description = DCTerms.description.asNode();
    static final Node isPartOf = DCTerms.isPartOf.asNode();
    static final Node primaryTopic = FOAF.primaryTopic.asNode();
    static final Node subOrganizationOf = ORG.subOrganizationOf.asNode();

    private Vocab() {}
}
