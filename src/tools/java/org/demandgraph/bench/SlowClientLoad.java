package org.demandgraph.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The public-server load test: {@code MIXED} clients sending queries, pages, VoID and service-description
 * requests as fast as they are answered, while {@code STALLED} other connections each ask for the whole
 * TriG dump and never read it (reconnecting whenever the server closes one). Prints the mixed clients'
 * requests, errors (any answer but 200, or a failed exchange) and latencies. Run against a server started
 * with a per-client limit above MIXED + STALLED (all clients share one address here):
 * <pre>
 * java -jar target/demandgraph.jar serve --port 3030 --max-requests-per-client 64 profiles/ &amp;
 * java -cp target/demandgraph-tools.jar org.demandgraph.bench.SlowClientLoad http://127.0.0.1:3030 60 16 16
 * </pre>
 */
public final class SlowClientLoad {

    private SlowClientLoad() {}

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:3030";
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 60;
        int mixed = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        int stalled = args.length > 3 ? Integer.parseInt(args[3]) : 16;

        List<HttpRequest> requests = new ArrayList<>();
        for (String q : List.of("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }",
                "SELECT ?c (COUNT(?u) AS ?n) { ?u a ?c } GROUP BY ?c",
                "SELECT ?s ?l { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } LIMIT 100")) {
            requests.addAll(LoadDriver.gets(List.of(base + "/kg/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)),
                    "application/sparql-results+json"));
        }
        requests.addAll(LoadDriver.gets(List.of(base + "/", base + "/tactic/reverse-stings"), "text/html"));
        requests.addAll(LoadDriver.gets(List.of(base + "/void", base + "/kg/sparql"), "text/turtle"));

        URI uri = URI.create(base);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong reconnects = new AtomicLong();
        List<Thread> holders = new ArrayList<>();
        for (int i = 0; i < stalled; i++) {
            Thread t = new Thread(() -> hold(uri, running, reconnects), "stalled-" + i);
            t.setDaemon(true);
            t.start();
            holders.add(t);
        }
        Thread.sleep(2000);
        LoadDriver.Result result = new LoadDriver().run(requests, mixed, seconds);
        running.set(false);
        System.out.printf("%d mixed clients + %d non-reading, %.0f s: %d requests, %d errors, %.1f req/s, p50 %.0f ms, p99 %.0f ms;"
                        + " stalled connections closed by the server and reopened: %d%n",
                mixed, stalled, result.seconds(), result.requests(), result.errors(), result.throughput(),
                result.latencyMillis().percentile(50), result.latencyMillis().percentile(99), reconnects.get());
        System.exit(result.errors() == 0 ? 0 : 1);
    }

    /** Asks for the whole dump and reads nothing; when the server gives up on the connection, starts again. */
    private static void hold(URI base, AtomicBoolean running, AtomicLong reconnects) {
        while (running.get()) {
            try (Socket s = new Socket()) {
                s.setReceiveBufferSize(4096);
                s.connect(new InetSocketAddress(base.getHost(), base.getPort()));
                OutputStream out = s.getOutputStream();
                out.write(("GET /dumps/demandgraph.trig HTTP/1.1\r\nHost: " + base.getHost() + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                // Never read; probe once a second (without reading) until the server has closed the connection.
                while (running.get()) {
                    Thread.sleep(1000);
                    s.sendUrgentData(0);
                }
            } catch (IOException e) {
                // Closed by the server: reconnect.
            } catch (InterruptedException e) {
                return;
            }
            reconnects.incrementAndGet();
        }
    }
}
