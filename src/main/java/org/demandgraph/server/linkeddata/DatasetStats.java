package org.demandgraph.server.linkeddata;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** Counts shown on the landing page and stated in VoID; computed once. */
public record DatasetStats(long jurisdictions, long profiles, long operations, long tacticUses, long quads,
        long entities, List<Partition> classes, List<Partition> properties) {

    /** A class (entities) or property (triples) partition. */
    public record Partition(String iri, long count) {}

    public static DatasetStats compute(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> new DatasetStats(
                count(dsg, PageQuery.STATS_JURISDICTIONS),
                count(dsg, PageQuery.STATS_PROFILES),
                count(dsg, PageQuery.STATS_OPERATIONS),
                count(dsg, PageQuery.STATS_TACTIC_USES),
                dsg.stream().count(),
                count(dsg, PageQuery.STATS_ENTITIES),
                partitions(dsg, PageQuery.STATS_CLASSES),
                partitions(dsg, PageQuery.STATS_PROPERTIES)));
    }

    private static long count(DatasetGraph dsg, PageQuery query) {
        return Sparql.select(dsg, query.query(), java.util.Map.of()).get(0).getLiteral("n").getLong();
    }

    private static List<Partition> partitions(DatasetGraph dsg, PageQuery query) {
        List<Partition> out = new ArrayList<>();
        for (QuerySolution s : Sparql.select(dsg, query.query(), java.util.Map.of())) {
            out.add(new Partition(s.getResource("k").getURI(), s.getLiteral("n").getLong()));
        }
        return out;
    }
}
