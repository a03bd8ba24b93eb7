package org.demandgraph.rdfio;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * A dataset as canonical N-Quads, streamed graph by graph: the same bytes as {@link DatasetWriter#canonical}
 * then the N-Quads lines, without holding every quad's sort key and line at once. The canonical order
 * sorts by graph first, so each graph (by its N-Triples form, the default graph first) is sorted on its
 * own, by subject, predicate and object, and written before the next; runs of graphs are sorted and
 * formatted on all cores, and written in order. Each term is formatted once, for the sort key and the
 * line alike.
 */
final class CanonicalNQuads {

    /** Quads per run of graphs formatted together: enough to keep the cores busy, little to hold. */
    private static final int RUN_QUADS = 1 << 16;

    private CanonicalNQuads() {}

    static void write(DatasetGraph dataset, OutputStream out) {
        write(dataset, out, RUN_QUADS);
    }

    /** With runs of at least {@code runQuads} quads (tests make them small). */
    static void write(DatasetGraph dataset, OutputStream out, int runQuads) {
        // one pass over every quad: those a blank node's label depends on, and the default graph's
        List<Quad> withBlanks = new ArrayList<>();
        List<Quad> defaultGraph = new ArrayList<>();
        dataset.find().forEachRemaining(q -> {
            if (CanonicalBlankNodes.hasBlank(q)) withBlanks.add(q);
            if (q.isDefaultGraph()) defaultGraph.add(q);
        });
        Map<Node, Node> blanks = CanonicalBlankNodes.replacements(withBlanks);
        List<Group> groups = groups(dataset, blanks, defaultGraph);
        try {
            List<Group> run = new ArrayList<>();
            long quads = 0;
            for (Group g : groups) {
                run.add(g);
                quads += g.size(dataset);
                if (quads >= runQuads) {
                    writeRun(dataset, blanks, run, out);
                    run.clear();
                    quads = 0;
                }
            }
            writeRun(dataset, blanks, run, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The dataset is read on this thread (a transaction is the calling thread's), the graphs' quads
     * sorted and formatted on all cores.
     */
    private static void writeRun(DatasetGraph dataset, Map<Node, Node> blanks, List<Group> run, OutputStream out)
            throws IOException {
        List<List<Quad>> quads = run.stream().map(g -> g.quads(dataset)).toList();
        List<byte[]> parts = IntStream.range(0, run.size()).parallel()
                .mapToObj(i -> run.get(i).lines(quads.get(i), blanks)).toList();
        for (byte[] part : parts) out.write(part);
    }

    /** The dataset's graphs by the N-Triples form of their canonical name, the default graph ("") first. */
    private static List<Group> groups(DatasetGraph dataset, Map<Node, Node> blanks, List<Quad> defaultGraph) {
        Map<String, Group> byKey = new LinkedHashMap<>();
        byKey.put("", new Group("", defaultGraph));
        for (Iterator<Node> it = dataset.listGraphNodes(); it.hasNext(); ) {
            Node graph = it.next();
            if (Quad.isDefaultGraph(graph)) continue;
            String key = NTriplesTerms.of(CanonicalBlankNodes.swap(graph, blanks));
            byKey.computeIfAbsent(key, k -> new Group(k, null)).graphs.add(graph);
        }
        List<Group> sorted = new ArrayList<>(byKey.values());
        sorted.sort(Comparator.comparing(g -> g.key));
        return sorted;
    }

    /** One graph of the output (several graphs of the dataset when their blank-node names get one label). */
    private static final class Group {
        final String key;
        /** The default graph's quads (as the dataset's find() gives them), or null for named graphs. */
        final List<Quad> quads;
        final List<Node> graphs = new ArrayList<>(1);

        Group(String key, List<Quad> quads) {
            this.key = key;
            this.quads = quads;
        }

        long size(DatasetGraph dataset) {
            long n = quads == null ? 0 : quads.size();
            for (Node g : graphs) n += dataset.getGraph(g).size();
            return n;
        }

        /** The group's quads as the dataset gives them. */
        List<Quad> quads(DatasetGraph dataset) {
            List<Quad> all = quads == null ? new ArrayList<>() : new ArrayList<>(quads);
            for (Node g : graphs) dataset.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(all::add);
            return all;
        }

        /** The graph's lines, sorted by subject, predicate and object, duplicates dropped, as UTF-8. */
        byte[] lines(List<Quad> quads, Map<Node, Node> blanks) {
            List<Row> rows = new ArrayList<>(quads.size());
            Map<Node, String> terms = new HashMap<>();
            for (Quad q : quads) {
                Quad c = CanonicalBlankNodes.swap(q, blanks);
                rows.add(Row.of(term(c.getSubject(), terms), term(c.getPredicate(), terms), term(c.getObject(), terms)));
            }
            Row[] sorted = rows.toArray(Row[]::new);
            Arrays.sort(sorted, Comparator.comparing(Row::key));
            String end = key.isEmpty() ? " .\n" : " " + key + " .\n";
            StringBuilder text = new StringBuilder(sorted.length * 160);
            for (int i = 0; i < sorted.length; i++) {
                if (i + 1 < sorted.length && sorted[i].key.equals(sorted[i + 1].key)) continue;
                sorted[i].appendLine(text);
                text.append(end);
            }
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }

        /** IRIs repeat within a graph (its subjects, every predicate): each is formatted once. */
        private static String term(Node n, Map<Node, String> terms) {
            return n.isURI() ? terms.computeIfAbsent(n, NTriplesTerms::of) : NTriplesTerms.of(n);
        }
    }

    /**
     * A quad's subject, predicate and object in N-Triples form as its sort key, each part ended by a NUL
     * ({@link CanonicalOrder}'s key without the graph), and where each part ends, to write the line from it.
     */
    private record Row(String key, int subjectEnd, int predicateEnd) {
        static Row of(String s, String p, String o) {
            return new Row(s + '\u0000' + p + '\u0000' + o, s.length(), s.length() + 1 + p.length());
        }

        void appendLine(StringBuilder line) {
            line.append(key, 0, subjectEnd).append(' ')
                    .append(key, subjectEnd + 1, predicateEnd).append(' ')
                    .append(key, predicateEnd + 1, key.length());
        }
    }
}
