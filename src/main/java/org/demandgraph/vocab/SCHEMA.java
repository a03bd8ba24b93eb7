package org.demandgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The schema.org terms the graph writes itself (the ontology also subclasses others). */
public final class SCHEMA {

    public static final String NS = "https://schema.org/";

    public static final Property containedInPlace = ResourceFactory.createProperty(NS, "containedInPlace");
    public static final Resource AdministrativeArea = ResourceFactory.createResource(NS + "AdministrativeArea");

    private SCHEMA() {}
}
