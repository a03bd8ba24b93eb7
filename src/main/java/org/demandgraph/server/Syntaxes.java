package org.demandgraph.server;

import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * The one table of what the server answers in, over Jena's syntax registry ({@link Lang},
 * {@link ResultSetLang}): media types come from the registry, never spelled out here. The first
 * entry of each list is what a request with no {@code Accept} (or only wildcards) gets.
 */
public final class Syntaxes {

    private Syntaxes() {}

    /** A graph: a resource's description, CONSTRUCT/DESCRIBE results, a SHACL report, {@code /kg/get?graph=}. */
    public static final List<Lang> GRAPH = List.of(Lang.TURTLE, Lang.JSONLD, Lang.NTRIPLES, Lang.RDFXML);

    /** A whole dataset: {@code /kg/get} without {@code ?graph=}, the dumps. */
    public static final List<Lang> DATASET = List.of(Lang.TRIG, Lang.NQUADS, Lang.JSONLD);

    /** SELECT and ASK results. */
    public static final List<Lang> RESULTS = List.of(
            ResultSetLang.RS_JSON, ResultSetLang.RS_XML, ResultSetLang.RS_CSV, ResultSetLang.RS_TSV);

    public static String mediaType(Lang lang) {
        return lang.getContentType().getContentTypeStr();
    }

    /** Offers for a list of syntaxes, each selecting itself; {@code application/json} selects the JSON one. */
    public static Negotiation.Offers<Lang> offers(List<Lang> langs) {
        Negotiation.Offers<Lang> offers = Negotiation.offers();
        langs.forEach(l -> offers.add(mediaType(l), l));
        for (Lang l : langs) {
            if (l == Lang.JSONLD || l == ResultSetLang.RS_JSON) offers.alias(Negotiation.JSON, l);
            if (l == ResultSetLang.RS_XML) offers.alias("application/xml", l);
        }
        return offers;
    }
}
