package org.demandgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The W3C Web Annotation terms the evidence nodes use. */
public final class OA {

    public static final String NS = "http://www.w3.org/ns/oa#";

    public static final Property exact = ResourceFactory.createProperty(NS, "exact");
    public static final Property start = ResourceFactory.createProperty(NS, "start");
    public static final Property end = ResourceFactory.createProperty(NS, "end");

    private OA() {}
}
