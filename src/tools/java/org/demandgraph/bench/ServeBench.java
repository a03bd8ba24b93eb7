package org.demandgraph.bench;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.demandgraph.server.ServerSetup;
import org.demandgraph.vocab.DG;
import org.demandgraph.vocab.Iris;

/**
 * Serving: the catalogue queries and IRI dereferencing through our server against a bare Fuseki on
 * the same dataset, at 1, 4 and 16 concurrent clients. Dereferencing through ours is compared with
 * the equivalent {@code DESCRIBE <iri>} through bare Fuseki.
 */
final class ServeBench {

    static final int[] CLIENTS = {1, 4, 16};

    /** One workload (SPARQL or dereferencing) at one client count, on each server. */
    record Cell(String workload, int clients, LoadDriver.Result bare, LoadDriver.Result ours) {
        /** Our throughput over bare Fuseki's; NaN when ours was not measured. */
        double ratio() {
            return ours == null ? Double.NaN : ours.throughput() / bare.throughput();
        }
    }

    record Result(List<Cell> cells, String oursNote) {}

    private final BenchOptions options;
    private final Iris iris = Iris.defaults();

    ServeBench(BenchOptions options) {
        this.options = options;
    }

    Result run(DatasetGraph dataset) throws Exception {
        ServerSetup.prepare(dataset, iris);
        List<String> queries = CatalogueQueries.all();
        List<String> resources = sampleResources(dataset, 200);
        LoadDriver driver = new LoadDriver();
        Map<String, LoadDriver.Result> bare = new LinkedHashMap<>();
        try (Servers.Running server = Servers.bareFuseki(dataset)) {
            measure(driver, server, queries, resources, bare);
        }
        Map<String, LoadDriver.Result> ours = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        try (Servers.Running server = Servers.ours(dataset, iris)) {
            String note = measure(driver, server, queries, resources, ours);
            if (note != null) notes.add(note);
        }
        String note = String.join("; ", notes);
        List<Cell> cells = new ArrayList<>();
        for (String workload : List.of("sparql", "dereference"))
            for (int clients : CLIENTS) {
                String key = workload + "/" + clients;
                if (bare.containsKey(key)) cells.add(new Cell(workload, clients, bare.get(key), ours.get(key)));
            }
        return new Result(cells, note);
    }

    /** Fills {@code into}; returns a note when dereferencing is not answered (then only SPARQL is measured). */
    private String measure(LoadDriver driver, Servers.Running server, List<String> queries, List<String> resources,
                           Map<String, LoadDriver.Result> into) throws Exception {
        List<HttpRequest> sparql = LoadDriver.gets(queries.stream().map(q -> server.sparqlUrl() + "?query="
                + URLEncoder.encode(q, StandardCharsets.UTF_8)).toList(), "application/sparql-results+json");
        List<HttpRequest> describe = LoadDriver.gets(resources.stream()
                .map(iri -> server.describeUrl(iri, iris.base())).toList(), "text/turtle");
        String note = null;
        if (!describe.isEmpty()) {
            int status = driver.status(describe.get(0));
            if (status != 200) {
                note = "dereferencing not answered: HTTP " + status + " for " + describe.get(0).uri();
                describe = List.of();
            }
        }
        for (int clients : CLIENTS) {
            if (!sparql.isEmpty()) into.put("sparql/" + clients, driver.run(sparql, clients, options.serveSeconds()));
            if (!describe.isEmpty()) into.put("dereference/" + clients, driver.run(describe, clients, options.serveSeconds()));
        }
        return note;
    }

    /** Jurisdiction IRIs of the dataset, in IRI order, at most {@code limit}. */
    static List<String> sampleResources(DatasetGraph dataset, int limit) {
        String query = "SELECT DISTINCT ?place WHERE { GRAPH ?g { ?place <" + DG.inState.getURI() + "> ?state } }"
                + " ORDER BY ?place LIMIT " + limit;
        List<String> iris = new ArrayList<>();
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
            RowSet rows = exec.select();
            rows.forEachRemaining(row -> iris.add(row.get("place").getURI()));
        }
        return iris;
    }
}
