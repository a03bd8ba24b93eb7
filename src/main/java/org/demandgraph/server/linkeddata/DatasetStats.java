package org.demandgraph.server.linkeddata;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** Counts shown on the landing page and stated in VoID, with the release they describe; computed once. */
public record DatasetStats(long jurisdictions, long profiles, long operations, long tacticUses, long quads,
        long entities, List<Partition> classes, List<Partition> properties, Release release) {

    /** A class (entities) or property (triples) partition. */
    public record Partition(String iri, long count) {}

    public static DatasetStats compute(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> new DatasetStats(
                // cities, counties and places in a state whose profile does not say which (no footer Type)
                count(dsg, "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { { ?x a ?c VALUES ?c { dg:City dg:County } } UNION { ?x dg:inState ?state } }"),
                count(dsg, "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a dg:Profile }"),
                count(dsg, "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a dg:Operation }"),
                count(dsg, "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a dg:TacticUse }"),
                dsg.stream().count(),
                count(dsg, "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x ?p ?o FILTER(isIRI(?x)) }"),
                partitions(dsg, "SELECT ?k (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a ?k FILTER(isIRI(?k)) } GROUP BY ?k ORDER BY ?k"),
                partitions(dsg, "SELECT ?k (COUNT(*) AS ?n) WHERE { ?x ?k ?o } GROUP BY ?k ORDER BY ?k"),
                Release.of(dsg)));
    }

    private static long count(DatasetGraph dsg, String query) {
        return Sparql.select(dsg, query, java.util.Map.of()).get(0).getLiteral("n").getLong();
    }

    private static List<Partition> partitions(DatasetGraph dsg, String query) {
        List<Partition> out = new ArrayList<>();
        for (QuerySolution s : Sparql.select(dsg, query, java.util.Map.of())) {
            out.add(new Partition(s.getResource("k").getURI(), s.getLiteral("n").getLong()));
        }
        return out;
    }
}
