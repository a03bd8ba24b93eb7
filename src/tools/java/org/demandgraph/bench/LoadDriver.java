package org.demandgraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Closed-loop HTTP load: {@code clients} threads each send the next request of a fixed list as soon
 * as the previous answer is fully read, for a fixed time after a short warm-up. Counts answers that
 * are not 200, and exchanges that fail (connection reset, client timeout), as errors.
 */
final class LoadDriver {

    /** {@code errorKinds}: each kind of error (a status, or the exception of a failed exchange) and how often. */
    record Result(int clients, long requests, long errors, double seconds, Samples latencyMillis, Map<String, Long> errorKinds) {
        double throughput() { return (requests - errors) / seconds; }

        JsonObject json() {
            JsonObject json = new JsonObject();
            json.put("clients", clients);
            json.put("requests", requests);
            json.put("errors", errors);
            json.put("throughputPerSecond", Json.number(throughput()));
            json.put("p50Millis", Json.number(latencyMillis.percentile(50)));
            json.put("p99Millis", Json.number(latencyMillis.percentile(99)));
            return json;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    static List<HttpRequest> gets(List<String> urls, String accept) {
        return urls.stream().map(url -> HttpRequest.newBuilder(URI.create(url)).header("Accept", accept)
                .timeout(Duration.ofSeconds(60)).GET().build()).toList();
    }

    /** The status of one request, for probing what a server answers. */
    int status(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    Result run(List<HttpRequest> requests, int clients, double seconds) throws Exception {
        drive(requests, clients, Math.min(1.0, seconds / 4), new Tally());
        Tally tally = new Tally();
        long start = System.nanoTime();
        long count = drive(requests, clients, seconds, tally);
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new Result(clients, count, tally.errors.get(), elapsed, Samples.of(tally.latencies), Map.copyOf(tally.kinds));
    }

    /** What the client threads report: every latency and the number of failed answers. */
    private record Tally(List<Double> latencies, AtomicLong errors, Map<String, Long> kinds) {
        Tally() {
            this(Collections.synchronizedList(new ArrayList<>()), new AtomicLong(), new ConcurrentSkipListMap<>());
        }

        void error(String kind) {
            errors.incrementAndGet();
            kinds.merge(kind, 1L, Long::sum);
        }
    }

    private long drive(List<HttpRequest> requests, int clients, double seconds, Tally tally) throws Exception {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Long>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                done.add(pool.submit(() -> {
                    long sent = 0;
                    List<Double> mine = new ArrayList<>();
                    for (int i = client; System.nanoTime() < deadline; i += clients) {
                        HttpRequest request = requests.get(i % requests.size());
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                            if (response.statusCode() != 200) tally.error(response.statusCode() + " " + request.uri().getPath());
                        } catch (IOException e) {
                            tally.error(e.getClass().getSimpleName() + " " + request.uri().getPath());
                        }
                        mine.add((System.nanoTime() - t0) / 1e6);
                        sent++;
                    }
                    tally.latencies.addAll(mine);
                    return sent;
                }));
            }
            long total = 0;
            for (Future<Long> f : done) total += f.get();
            return total;
        } finally {
            pool.shutdownNow();
        }
    }
}
