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
import org.demandgraph.query.QueryCatalogue;

/**
 * The public-server load test: {@code MIXED} clients sending queries, pages, VoID and service-description
 * requests as fast as they are answered, first alone (the baseline), then while {@code STALLED} other
 * connections each ask for the whole TriG dump and never read it (reconnecting whenever the server closes
 * one). Prints, for both runs, the mixed clients' requests, errors (any answer but 200, or a failed
 * exchange, by kind) and latencies, and the ratios of the second to the first; exits 1 if the mixed clients
 * saw any error while the stalled connections were held. Each request is first answered once (the cold
 * answers apart: pages and counts are computed once per version of the data). Run against a server started
 * with a per-client limit above MIXED + STALLED (all clients share one address here):
 * <pre>
 * java -jar target/demandgraph.jar serve --port 3030 --max-requests-per-client 64 profiles/ &amp;
 * java -cp target/demandgraph-tools.jar org.demandgraph.bench.SlowClientLoad http://127.0.0.1:3030 60 16 16
 * </pre>
 */
public final class SlowClientLoad {

    private static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    private static final String DG = "https://w3id.org/demandgraph/ontology#";

    private SlowClientLoad() {}

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:3030";
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 60;
        int mixed = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        int stalled = args.length > 3 ? Integer.parseInt(args[3]) : 16;

        List<HttpRequest> requests = mix(base);
        LoadDriver driver = new LoadDriver();
        warm(driver, requests);

        LoadDriver.Result alone = driver.run(requests, mixed, seconds);
        print("alone", mixed, 0, alone, 0);

        URI uri = URI.create(base);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong reconnects = new AtomicLong();
        for (int i = 0; i < stalled; i++) {
            Thread t = new Thread(() -> hold(uri, running, reconnects), "stalled-" + i);
            t.setDaemon(true);
            t.start();
        }
        Thread.sleep(2000);
        LoadDriver.Result held = driver.run(requests, mixed, seconds);
        running.set(false);
        print("with non-readers", mixed, stalled, held, reconnects.get());
        System.out.printf("ratios with/alone: throughput %.2f, p50 %.2f, p99 %.2f%n",
                held.throughput() / alone.throughput(),
                held.latencyMillis().percentile(50) / alone.latencyMillis().percentile(50),
                held.latencyMillis().percentile(99) / alone.latencyMillis().percentile(99));
        System.exit(held.errors() == 0 ? 0 : 1);
    }

    /** What a visitor of a public endpoint asks: lookups, a catalogue query as the charts send it, pages, VoID, the service description. */
    static List<HttpRequest> mix(String base) {
        List<String> queries = List.of(
                "SELECT ?s ?l { ?s <" + RDFS + "label> ?l } LIMIT 100",
                "SELECT ?j ?t { ?j <" + DG + "usesTactic> ?t } ORDER BY ?j ?t LIMIT 100",
                "ASK { ?s a <" + DG + "City> }",
                QueryCatalogue.text("tactic-use-counts").orElseThrow(),
                QueryCatalogue.text("coverage-by-state").orElseThrow());
        List<HttpRequest> requests = new ArrayList<>(LoadDriver.gets(queries.stream()
                .map(q -> base + "/kg/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).toList(),
                "application/sparql-results+json"));
        requests.addAll(LoadDriver.gets(List.of(base + "/", base + "/tactic/reverse-stings", base + "/jurisdiction/us/ct"), "text/html"));
        requests.addAll(LoadDriver.gets(List.of(base + "/void", base + "/kg/sparql"), "text/turtle"));
        return requests;
    }

    /** Asks each request until it is answered 200 (the first answers of pages and counts are computed then). */
    private static void warm(LoadDriver driver, List<HttpRequest> requests) throws Exception {
        long give = System.nanoTime() + 600_000_000_000L;
        for (HttpRequest r : requests) {
            int status;
            do {
                status = driver.status(r);
            } while (status != 200 && System.nanoTime() < give);
            if (status != 200) throw new IllegalStateException(r.uri() + " still answers " + status + " after 10 minutes");
        }
    }

    private static void print(String what, int mixed, int stalled, LoadDriver.Result r, long reconnects) {
        System.out.printf("%s: %d mixed clients + %d non-reading, %.0f s: %d requests, %d errors, %.1f req/s, p50 %.0f ms, p99 %.0f ms"
                        + "; stalled connections closed by the server and reopened: %d%n",
                what, mixed, stalled, r.seconds(), r.requests(), r.errors(), r.throughput(),
                r.latencyMillis().percentile(50), r.latencyMillis().percentile(99), reconnects);
        r.errorKinds().forEach((kind, n) -> System.out.printf("  error %s: %d%n", kind, n));
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
