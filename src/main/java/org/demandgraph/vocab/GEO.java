package org.demandgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Where places are: W3C Basic Geo ({@code geo:lat}, {@code geo:long}), GeoSPARQL ({@code hasGeometry},
 * {@code asWKT}, {@code wktLiteral}), Simple Features ({@code sf:Point}), and GeoNames' linked-data IRIs.
 */
public final class GEO {

    public static final String NS = "http://www.w3.org/2003/01/geo/wgs84_pos#";
    public static final String GEOSPARQL = "http://www.opengis.net/ont/geosparql#";
    public static final String SF = "http://www.opengis.net/ont/sf#";
    public static final String GEONAMES = "https://sws.geonames.org/";

    public static final Property lat = ResourceFactory.createProperty(NS, "lat");
    public static final Property long_ = ResourceFactory.createProperty(NS, "long");
    public static final Property hasGeometry = ResourceFactory.createProperty(GEOSPARQL, "hasGeometry");
    public static final Property asWKT = ResourceFactory.createProperty(GEOSPARQL, "asWKT");
    public static final Resource Geometry = ResourceFactory.createResource(GEOSPARQL + "Geometry");
    public static final String wktLiteral = GEOSPARQL + "wktLiteral";
    public static final Resource Point = ResourceFactory.createResource(SF + "Point");

    private GEO() {}

    /** A GeoNames place's linked-data IRI: {@code https://sws.geonames.org/4839843/}. */
    public static String geonames(long id) {
        return GEONAMES + id + "/";
    }
}
