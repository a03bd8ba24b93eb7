package org.demandgraph.places;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The terms the place linking writes: ours (declared in the ontology) and the reused geographic ones. */
public final class PlaceTerms {

    static final String DG = "https://w3id.org/demandgraph/ontology#";
    public static final String GEO = "http://www.w3.org/2003/01/geo/wgs84_pos#";
    public static final String GEOSPARQL = "http://www.opengis.net/ont/geosparql#";
    public static final String SF = "http://www.opengis.net/ont/sf#";
    public static final String SCHEMA = "https://schema.org/";
    public static final String GEONAMES = "https://sws.geonames.org/";

    /** dg:fips: a state's 2-digit or a county's 5-digit FIPS code. */
    public static final Node fips = uri(DG + "fips");
    /** dg:placeMatchNote: why a jurisdiction has no GeoNames (or county FIPS) link, naming the candidates. */
    public static final Node placeMatchNote = uri(DG + "placeMatchNote");
    /** dg:candidatePlace: a GeoNames place considered for an unlinked jurisdiction. */
    public static final Node candidatePlace = uri(DG + "candidatePlace");

    public static final Node identifier = uri("http://purl.org/dc/terms/identifier");
    public static final Node sameAs = uri("http://www.w3.org/2002/07/owl#sameAs");
    public static final Node lat = uri(GEO + "lat");
    public static final Node lon = uri(GEO + "long");
    public static final Node hasGeometry = uri(GEOSPARQL + "hasGeometry");
    public static final Node asWKT = uri(GEOSPARQL + "asWKT");
    public static final Node Geometry = uri(GEOSPARQL + "Geometry");
    public static final String wktLiteral = GEOSPARQL + "wktLiteral";
    public static final Node Point = uri(SF + "Point");
    public static final Node containedInPlace = uri(SCHEMA + "containedInPlace");
    public static final Node AdministrativeArea = uri(SCHEMA + "AdministrativeArea");

    private PlaceTerms() {}

    /** A GeoNames place's linked-data IRI. */
    public static String geonames(long id) {
        return GEONAMES + id + "/";
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
