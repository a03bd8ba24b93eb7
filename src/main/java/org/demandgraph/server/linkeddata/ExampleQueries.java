package org.demandgraph.server.linkeddata;

import java.util.List;
import org.demandgraph.vocab.Prefixes;

/** The example queries of the landing page, each runnable with one button. */
public final class ExampleQueries {

    /** One example: a short id (for the page), a title, and the query text. */
    public record Example(String id, String title, String query) {}

    private ExampleQueries() {}

    static String withPrefixes(String body) {
        return Prefixes.sparqlFor(body);
    }

    public static final List<Example> ALL = List.of(
            new Example("jurisdictions", "Jurisdictions, with state and population", withPrefixes("""
                    SELECT ?jurisdiction ?label ?state ?population WHERE {
                      ?jurisdiction a ?class ; rdfs:label ?label .
                      VALUES ?class { dg:City dg:County }
                      OPTIONAL { ?jurisdiction dg:inState/rdfs:label ?state }
                      OPTIONAL { ?jurisdiction dg:population ?population }
                    }
                    ORDER BY ?label
                    LIMIT 200""")),
            new Example("tactic-evidence", "Tactic uses with the sentence that shows them", withPrefixes("""
                    SELECT ?jurisdiction ?tactic ?quote WHERE {
                      ?use a dg:TacticUse ; dg:jurisdiction ?jurisdiction ; dg:tactic ?tactic ;
                           dg:evidence/oa:exact ?quote .
                    }
                    ORDER BY ?jurisdiction ?tactic
                    LIMIT 200""")),
            new Example("operations", "Operations by date, with arrests", withPrefixes("""
                    SELECT ?operation ?jurisdiction ?date ?arrests WHERE {
                      ?operation a dg:Operation ; dg:jurisdiction ?jurisdiction .
                      OPTIONAL { ?operation dg:date ?date }
                      OPTIONAL { ?operation dg:arrests ?arrests }
                    }
                    ORDER BY ?date ?operation
                    LIMIT 200""")),
            new Example("tactic-counts", "How many jurisdictions show evidence of each tactic", withPrefixes("""
                    SELECT ?tactic (COUNT(DISTINCT ?jurisdiction) AS ?jurisdictions) WHERE {
                      ?use a dg:TacticUse ; dg:tactic ?tactic ; dg:jurisdiction ?jurisdiction .
                    }
                    GROUP BY ?tactic
                    ORDER BY DESC(?jurisdictions) ?tactic""")));
}
