package org.demandgraph.server.linkeddata;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * The subject IRIs of one version of the data, sorted, built with one pass over the quads: the
 * IRIs under a path prefix are then one binary search away (404 hints), instead of a scan of every quad.
 */
final class SubjectIndex {

    private final String[] sorted;
    private final AtomicLong lookups = new AtomicLong();

    private SubjectIndex(String[] sorted) {
        this.sorted = sorted;
    }

    static SubjectIndex of(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Set<String> subjects = new HashSet<>();
            Iterator<Quad> it = dsg.find();
            while (it.hasNext()) {
                Node s = it.next().getSubject();
                if (s.isURI()) subjects.add(s.getURI());
            }
            String[] sorted = subjects.toArray(String[]::new);
            Arrays.sort(sorted);
            return new SubjectIndex(sorted);
        });
    }

    /** Up to {@code max} subject IRIs starting with {@code prefix}, in order: one binary search. */
    List<String> under(String prefix, int max) {
        lookups.incrementAndGet();
        int from = Arrays.binarySearch(sorted, prefix);
        if (from < 0) from = -from - 1;
        int to = from;
        while (to < sorted.length && to - from < max && sorted[to].startsWith(prefix)) to++;
        return List.of(Arrays.copyOfRange(sorted, from, to));
    }

    /** How many lookups were made: the work of a 404, which must not grow with the URL. */
    long lookups() {
        return lookups.get();
    }
}
