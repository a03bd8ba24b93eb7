package org.demandgraph.bench;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.demandgraph.bench.ServingRequests.Request;

/**
 * Latency of the server's answers: each kind alone with one client (its first, cold answer apart),
 * and every kind mixed under many clients for a fixed time. A wrong status or no answer is an error.
 */
final class Latency {

    /** One kind with one client: the first answer, then the percentiles of the rest. */
    record Kind(String kind, double firstMillis, Samples millis, long errors) {}

    /** The mix: answers, errors, latency percentiles and the longest stretch with no answer completed. */
    record Mix(int clients, double seconds, long answers, long errors, Samples millis, double longestSilenceMillis,
               Map<String, Long> errorKinds) {
        double throughput() { return answers / seconds; }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** Each kind, one client, {@code reps} answers after the first (cycling through the kind's requests). */
    List<Kind> single(Map<String, List<Request>> kinds, int reps) {
        List<Kind> out = new ArrayList<>();
        for (Map.Entry<String, List<Request>> e : kinds.entrySet()) {
            List<Request> requests = e.getValue();
            if (requests.isEmpty()) continue;
            long errors = 0;
            double[] first = {0};
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i <= reps; i++) {
                Request r = requests.get(i % requests.size());
                long t0 = System.nanoTime();
                boolean ok = send(r);
                double ms = (System.nanoTime() - t0) / 1e6;
                if (!ok) errors++;
                if (i == 0) first[0] = ms;
                else millis.add(ms);
            }
            out.add(new Kind(e.getKey(), first[0], Samples.of(millis), errors));
        }
        return out;
    }

    /** Every request of every kind, shuffled (seeded), under {@code clients} closed-loop clients. */
    Mix mix(Map<String, List<Request>> kinds, int clients, double seconds, long seed) throws Exception {
        List<Request> all = new ArrayList<>();
        kinds.values().forEach(all::addAll);
        Collections.shuffle(all, new Random(seed));
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        List<long[]> done = Collections.synchronizedList(new ArrayList<>()); // {end nanos, errors 0/1}
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        Map<String, Long> kindsOfError = new java.util.concurrent.ConcurrentSkipListMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                running.add(pool.submit(() -> {
                    for (int i = client; System.nanoTime() < deadline; i += clients) {
                        long t0 = System.nanoTime();
                        Request request = all.get(i % all.size());
                        String error = error(request);
                        long t1 = System.nanoTime();
                        boolean ok = error == null;
                        if (!ok) kindsOfError.merge(error + " " + request.http().uri().getPath(), 1L, Long::sum);
                        millis.add((t1 - t0) / 1e6);
                        done.add(new long[] {t1, ok ? 0 : 1});
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) f.get();
        } finally {
            pool.shutdownNow();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Long> ends = new ArrayList<>();
        long errors = 0;
        for (long[] d : done) {
            ends.add(d[0]);
            errors += d[1];
        }
        Collections.sort(ends);
        long previous = start, silence = 0;
        for (long end : ends) {
            silence = Math.max(silence, end - previous);
            previous = end;
        }
        return new Mix(clients, elapsed, done.size(), errors, Samples.of(millis), silence / 1e6, kindsOfError);
    }

    private boolean send(Request r) {
        return error(r) == null;
    }

    /** Null for the expected status, else the status received or the exchange's failure. */
    private String error(Request r) {
        try {
            HttpResponse<byte[]> response = http.send(r.http(), HttpResponse.BodyHandlers.ofByteArray());
            return response.statusCode() == r.expected() ? null : Integer.toString(response.statusCode());
        } catch (java.io.IOException e) {
            return e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    static Map<String, Object> row(Kind k) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("kind", k.kind());
        row.put("first", k.firstMillis());
        row.put("p50", k.millis().percentile(50));
        row.put("p99", k.millis().percentile(99));
        row.put("errors", k.errors());
        return row;
    }
}
