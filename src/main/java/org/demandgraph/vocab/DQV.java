package org.demandgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The W3C Data Quality Vocabulary terms the completeness measurements use. */
public final class DQV {

    public static final String NS = "http://www.w3.org/ns/dqv#";

    public static final Resource QualityMeasurement = ResourceFactory.createResource(NS + "QualityMeasurement");
    public static final Property computedOn = ResourceFactory.createProperty(NS, "computedOn");
    public static final Property isMeasurementOf = ResourceFactory.createProperty(NS, "isMeasurementOf");
    public static final Property value = ResourceFactory.createProperty(NS, "value");

    private DQV() {}
}
