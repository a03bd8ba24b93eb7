package org.demandgraph.rdfio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;

/**
 * The one order of quads and triples wherever order is visible (files, dumps, descriptions, pages):
 * the default graph first, then by graph, subject, predicate and object in N-Triples form; duplicates
 * dropped. Each key is formatted once (formatting inside a comparator is slow).
 */
public final class CanonicalOrder {

    private CanonicalOrder() {}

    /**
     * Sorted and without duplicates. Keys are formatted and sorted on all cores (a stable parallel sort;
     * of equal keys the last is kept, as a map keyed by them would): a dump has hundreds of thousands.
     */
    public static List<Quad> quads(Collection<Quad> quads) {
        Keyed[] keyed = quads.parallelStream().map(q -> new Keyed(key(q), q)).toArray(Keyed[]::new);
        Arrays.parallelSort(keyed, Comparator.comparing(Keyed::key));
        List<Quad> sorted = new ArrayList<>(keyed.length);
        for (int i = 0; i < keyed.length; i++)
            if (i + 1 == keyed.length || !keyed[i].key().equals(keyed[i + 1].key())) sorted.add(keyed[i].quad());
        return sorted;
    }

    private record Keyed(String key, Quad quad) {}

    public static List<Triple> triples(Iterable<Triple> triples) {
        TreeMap<String, Triple> byKey = new TreeMap<>();
        for (Triple t : triples) byKey.put(key(null, t.getSubject(), t.getPredicate(), t.getObject()), t);
        return new ArrayList<>(byKey.values());
    }

    static String key(Quad q) {
        return key(q.isDefaultGraph() ? null : q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
    }

    private static String key(Node g, Node s, Node p, Node o) {
        return (g == null ? "" : nt(g)) + '\u0000' + nt(s) + '\u0000' + nt(p) + '\u0000' + nt(o);
    }

    private static String nt(Node n) {
        return NTriplesTerms.of(n);
    }
}
