package org.demandgraph.vocab;

/** The W3C PROV-O namespace (the ontology aligns its terms with it). */
public final class PROV {

    public static final String NS = "http://www.w3.org/ns/prov#";

    private PROV() {}
}
