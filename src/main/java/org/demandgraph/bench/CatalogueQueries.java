package org.demandgraph.bench;

import java.util.List;
import org.demandgraph.vocab.Prefixes;

/**
 * Queries of the kind the research catalogue asks (tactic counts, places per state, operations with
 * arrests, one state's places), written with {@code GRAPH ?g} so they mean the same on a server whose
 * default graph is the union and on a bare Fuseki whose default graph is empty.
 */
final class CatalogueQueries {

    private static final String PREFIXES = Prefixes.sparql();

    private CatalogueQueries() {}

    static List<String> all(String someStateIri) {
        return List.of(
                PREFIXES + "SELECT ?tactic (COUNT(DISTINCT ?place) AS ?places) WHERE { GRAPH ?g { ?place dg:usesTactic ?tactic } }"
                        + " GROUP BY ?tactic ORDER BY DESC(?places)",
                PREFIXES + "SELECT ?state (COUNT(DISTINCT ?place) AS ?places) WHERE { GRAPH ?g { ?place dg:inState ?state } }"
                        + " GROUP BY ?state ORDER BY ?state",
                PREFIXES + "SELECT ?operation ?date ?arrests WHERE { GRAPH ?g { ?operation a dg:Operation ; dg:arrests ?arrests ."
                        + " OPTIONAL { ?operation dg:date ?date } } } ORDER BY DESC(?arrests) ?operation LIMIT 20",
                PREFIXES + "SELECT ?place ?label ?population WHERE { GRAPH ?g { ?place dg:inState <" + someStateIri + "> ;"
                        + " rdfs:label ?label . OPTIONAL { ?place dg:population ?population } } } ORDER BY ?label LIMIT 50",
                PREFIXES + "SELECT ?place ?label WHERE { GRAPH ?g { ?place dg:usesTactic ?tactic ; rdfs:label ?label } }"
                        + " ORDER BY ?label LIMIT 25");
    }
}
