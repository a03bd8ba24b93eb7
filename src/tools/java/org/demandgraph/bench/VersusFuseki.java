package org.demandgraph.bench;

import java.io.PrintStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Ours against bare Fuseki on the same data, in the same dataset class, both running as processes, at
 * 1, 4 and 16 closed-loop clients ({@link LoadDriver}): dereferencing IRIs ({@code text/turtle}) against
 * the equivalent {@code DESCRIBE <iri>}, and the catalogue's queries ({@link CatalogueQueries}) as sent
 * (ours answers a catalogue query's exact text from its per-version cache) and with their text varied by
 * a comment (so ours runs them as bare Fuseki does). The two servers take turns cell by cell, so a change
 * in the machine's load falls on both.
 */
final class VersusFuseki {

    /** One workload at one client count on both servers. */
    record Cell(String workload, int clients, LoadDriver.Result ours, LoadDriver.Result bare) {
        double ratio() { return ours.throughput() / bare.throughput(); }
    }

    private VersusFuseki() {}

    /**
     * {@code ours}: our root URL ({@code /kg/sparql}, IRIs dereferenced under it); {@code bareSparql}:
     * Fuseki's SPARQL endpoint; {@code iris}: data IRIs under {@code base}.
     */
    static List<Cell> run(String ours, String bareSparql, List<String> iris, String base, double seconds) throws Exception {
        List<String> queries = CatalogueQueries.all();
        // A comment changes the text, not the query: no longer a catalogue query's exact text, so not cached.
        List<String> varied = queries.stream().map(q -> q + "\n# asked again\n").toList();
        String oursSparql = ours + "/kg/sparql";
        List<Workload> workloads = List.of(
                new Workload("dereference vs DESCRIBE",
                        LoadDriver.gets(iris.stream().map(i -> ours + "/" + i.substring(base.length())).toList(), "text/turtle"),
                        LoadDriver.gets(iris.stream().map(i -> query(bareSparql, "DESCRIBE <" + i + ">")).toList(), "text/turtle")),
                new Workload("SPARQL, catalogue queries as sent",
                        LoadDriver.gets(queries.stream().map(q -> query(oursSparql, q)).toList(), JSON),
                        LoadDriver.gets(queries.stream().map(q -> query(bareSparql, q)).toList(), JSON)),
                new Workload("SPARQL, same queries uncached (text varied)",
                        LoadDriver.gets(varied.stream().map(q -> query(oursSparql, q)).toList(), JSON),
                        LoadDriver.gets(varied.stream().map(q -> query(bareSparql, q)).toList(), JSON)));
        LoadDriver driver = new LoadDriver();
        List<Cell> cells = new java.util.ArrayList<>();
        for (Workload w : workloads) {
            for (int clients : ServeBench.CLIENTS) {
                LoadDriver.Result o = driver.run(w.ours(), clients, seconds);
                LoadDriver.Result b = driver.run(w.bare(), clients, seconds);
                cells.add(new Cell(w.name(), clients, o, b));
            }
        }
        return cells;
    }

    private static final String JSON = "application/sparql-results+json";

    private record Workload(String name, List<HttpRequest> ours, List<HttpRequest> bare) {}

    private static String query(String endpoint, String query) {
        return endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    static void print(List<Cell> cells, double seconds, PrintStream print) {
        print.printf(Locale.ROOT, "Ours against bare Fuseki (same N-Quads, same dataset class: `createTxnMem()`, union default graph),"
                + " %.0f s per cell after a warm-up (a cell ends when its last request does), the two in turn;"
                + " answers per second (requests in seconds), p50 / p99 latency, errors:%n%n", seconds);
        print.println("| workload | clients | ours | bare Fuseki | ratio | goal |");
        print.println("|---|---:|---|---|---:|---|");
        for (Cell c : cells) {
            double goal = c.workload().startsWith("dereference") ? 1.0 : 0.95;
            print.printf(Locale.ROOT, "| %s | %d | %s | %s | %.2f | ≥ %.2f %s |%n", c.workload(), c.clients(),
                    figures(c.ours()), figures(c.bare()), c.ratio(), goal, c.ratio() >= goal ? "✓" : "✗");
        }
        for (Cell c : cells) {
            c.ours().errorKinds().forEach((k, n) -> print.printf(Locale.ROOT, "- ours, %s, %d clients: error %s: %d%n", c.workload(), c.clients(), k, n));
            c.bare().errorKinds().forEach((k, n) -> print.printf(Locale.ROOT, "- bare, %s, %d clients: error %s: %d%n", c.workload(), c.clients(), k, n));
        }
        print.println();
    }

    private static String figures(LoadDriver.Result r) {
        return String.format(Locale.ROOT, "%.1f/s (%d in %.0f s), %.0f / %.0f ms, %d err", r.throughput(), r.requests(),
                r.seconds(), r.latencyMillis().percentile(50), r.latencyMillis().percentile(99), r.errors());
    }
}
