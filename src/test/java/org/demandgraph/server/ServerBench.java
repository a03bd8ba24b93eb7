package org.demandgraph.server;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.demandgraph.pipeline.DatasetLoader;
import org.demandgraph.vocab.Iris;

/**
 * Not a test: start-up time and queries per second of the demandgraph server against a bare
 * {@code FusekiServer} on the same dataset, one server per JVM so neither inherits a warm JVM.
 * <pre>
 * ./mvnw -B -o -q test-compile
 * ./mvnw -B -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * CP=target/test-classes:target/classes:$(cat target/cp.txt)
 * java -cp "$CP" org.demandgraph.server.ServerBench demandgraph 10 [PATH...]
 * java -cp "$CP" org.demandgraph.server.ServerBench fuseki 10 [PATH...]
 * </pre>
 * PATHs default to {@code data/profiles} (through the dataset loader); {@code .trig}/{@code .nq} files are
 * parsed directly. Prints one line: mode, quads, ms from JVM start to the first answered query, ms for
 * load+build+start alone, and queries/second of one sequential client over the given seconds.
 */
public final class ServerBench {

    private static final String QUERY = "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 10";

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "demandgraph";
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<Path> paths = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            paths.add(Path.of(args[i]));
        }
        if (paths.isEmpty()) {
            paths.add(Path.of("data", "profiles"));
        }

        long t0 = System.nanoTime();
        DatasetGraph dsg = load(paths);
        String sparql;
        AutoCloseable stop;
        if (mode.equals("fuseki")) {
            FusekiServer bare = FusekiServer.create().port(0).loopback(true).add("/kg", dsg, false).start();
            sparql = "http://127.0.0.1:" + bare.getPort() + "/kg/sparql";
            stop = bare::stop;
        } else {
            DemandServer server = DemandServer.builder(dsg).port(0).start();
            sparql = server.sparqlUrl();
            stop = server;
        }
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(sparql + "?query=" + URLEncoder.encode(QUERY, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").GET().build();
        check(http.send(request, HttpResponse.BodyHandlers.discarding()));
        long readyMs = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        long startMs = (System.nanoTime() - t0) / 1_000_000;

        run(http, request, 3);                       // warm-up
        double qps = run(http, request, seconds) / (double) seconds;
        long quads = org.apache.jena.system.Txn.calculateRead(dsg, () -> org.apache.jena.atlas.iterator.Iter.count(dsg.find()));
        System.out.printf("%-11s quads=%d jvm-to-first-answer=%dms load+start=%dms qps=%.0f%n", mode, quads, readyMs, startMs, qps);
        stop.close();
    }

    private static DatasetGraph load(List<Path> paths) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        List<Path> profiles = new ArrayList<>();
        for (Path p : paths) {
            String name = p.toString();
            if (name.endsWith(".trig") || name.endsWith(".nq")) {
                RDFDataMgr.read(dsg, name);
            } else {
                profiles.add(p);
            }
        }
        if (!profiles.isEmpty()) {
            DatasetGraph loaded = new DatasetLoader(Iris.defaults()).load(profiles).dataset();
            org.apache.jena.system.Txn.executeRead(loaded, () -> loaded.find().forEachRemaining(dsg::add));
        }
        return dsg;
    }

    private static long run(HttpClient http, HttpRequest request, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long n = 0;
        while (System.nanoTime() < end) {
            check(http.send(request, HttpResponse.BodyHandlers.discarding()));
            n++;
        }
        return n;
    }

    private static void check(HttpResponse<?> r) {
        if (r.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + r.statusCode());
        }
    }
}
