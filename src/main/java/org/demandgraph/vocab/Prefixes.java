package org.demandgraph.vocab;

import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.vocabulary.XSD;

/**
 * The one prefix mapping: what every writer (files, dumps, descriptions, reports), every page and
 * every query the server writes for a user abbreviates IRIs with. Data IRIs (under a base that can
 * change) have no prefix here.
 */
public final class Prefixes {

    /** The mapping, locked. */
    public static final PrefixMapping MAPPING = PrefixMapping.Factory.create()
            .setNsPrefix("dg", DG.NS)
            .setNsPrefix("rdf", RDF.getURI())
            .setNsPrefix("rdfs", RDFS.getURI())
            .setNsPrefix("xsd", XSD.getURI())
            .setNsPrefix("owl", OWL.getURI())
            .setNsPrefix("skos", SKOS.getURI())
            .setNsPrefix("dcterms", DCTerms.getURI())
            .setNsPrefix("foaf", FOAF.getURI())
            .setNsPrefix("org", ORG.NS)
            .setNsPrefix("prov", PROV.NS)
            .setNsPrefix("oa", OA.NS)
            .setNsPrefix("void", VOID.NS)
            .setNsPrefix("dqv", DQV.NS)
            .setNsPrefix("sh", SHACL.getURI())
            .setNsPrefix("geo", GEO.NS)
            .setNsPrefix("geosparql", GEO.GEOSPARQL)
            .setNsPrefix("sf", GEO.SF)
            .setNsPrefix("schema", SCHEMA.NS)
            .lock();

    private Prefixes() {}

    /** Prefix → namespace, sorted by prefix. */
    public static Map<String, String> sorted() {
        return new TreeMap<>(MAPPING.getNsPrefixMap());
    }

    /** Every prefix as SPARQL {@code PREFIX} lines, sorted by prefix. */
    public static String sparql() {
        StringBuilder sb = new StringBuilder();
        sorted().forEach((p, ns) -> sb.append(line(p, ns)));
        return sb.toString();
    }

    /** The query with the {@code PREFIX} lines of the prefixes it uses ({@code p:} in its text), and no others. */
    public static String sparqlFor(String query) {
        StringBuilder sb = new StringBuilder();
        sorted().forEach((p, ns) -> {
            if (query.matches("(?s).*(?<![\\w-])" + p + ":.*")) sb.append(line(p, ns));
        });
        return sb.append(query).toString();
    }

    /** {@code dg:Tactic} for a namespace this mapping knows; the IRI itself otherwise. */
    public static String compact(String iri) {
        String local = MAPPING.shortForm(iri);
        return local.equals(iri) || local.endsWith(":") ? iri : local;
    }

    private static String line(String prefix, String ns) {
        return "PREFIX " + prefix + ": <" + ns + ">\n";
    }
}
