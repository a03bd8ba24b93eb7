package org.demandgraph.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.demandgraph.generate.ProfileGenerator;
import org.demandgraph.server.DemandServer;
import org.demandgraph.vocab.Iris;

/**
 * The real-size run of issue 15, whole processes on generated profiles:
 * <pre>
 * java -cp CP org.demandgraph.bench.RealSizeBench [COUNT [REPEAT [MIX_SECONDS [OUT [PARTS]]]]]
 * </pre>
 * (defaults 3000, 3, 60, {@code bench-out/real-size}, {@code processes,serving}; {@code build}: only the build's row). Prints, as a Markdown table: each catalogue query
 * and page kind with one client (first answer, p50, p99 of {@value #REPS} more), the 16-client mix
 * (answers, errors, p50/p99, longest silence), dereferencing and SPARQL against a bare Fuseki process on
 * the same N-Quads at 1, 4 and 16 clients ({@link VersusFuseki}), build against loading-and-counting its N-Quads,
 * {@code serve} launch-to-first-query against bare Fuseki on the N-Quads (in memory, the goal's row; and, in
 * a row of its own, warm from a TDB2 store that already holds the profiles), and the heap of the served
 * dataset against plain Jena's {@code createTxnMem()} holding the same quads. Ratios are taken pair by
 * pair in the same run (the two processes alternate), then medians and spread (min–max) reported.
 */
public final class RealSizeBench {

    static final int REPS = 20;
    static final int CLIENTS = 16;
    /** Jurisdiction IRIs dereferenced (and DESCRIBEd) in the comparison with bare Fuseki, the first in IRI order. */
    static final int VERSUS_IRIS = 200;

    private RealSizeBench() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int repeat = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        double mixSeconds = args.length > 2 ? Double.parseDouble(args[2]) : 60;
        Path out = Path.of(args.length > 3 ? args[3] : "bench-out/real-size");
        String parts = args.length > 4 ? args[4] : "processes,serving";
        run(count, repeat, mixSeconds, out, parts, System.out);
    }

    static void run(int count, int repeat, double mixSeconds, Path out, String parts, PrintStream print) throws Exception {
        Path profiles = out.resolve("profiles-" + count);
        Path nquads = out.resolve("built-" + count + ".nq");
        if (!Files.isDirectory(profiles)) {
            Files.createDirectories(profiles);
            new ProfileGenerator(1).write(profiles, count);
        }
        print.printf("## %,d generated profiles (seed 1), %d cores%n%n", count, Runtime.getRuntime().availableProcessors());
        if (parts.contains("processes")) processes(profiles, nquads, repeat, print);
        else if (parts.contains("build")) buildOnly(profiles, nquads, repeat, print);
        if (parts.contains("serving")) serving(nquads, mixSeconds, true, print);
        else if (parts.contains("versus")) serving(nquads, mixSeconds, false, print);
    }

    /** {@code build}: the build's row alone (no {@code serve}, no heaps), for iterating on the build. */
    private static void buildOnly(Path profiles, Path nquads, int repeat, PrintStream print) throws Exception {
        List<List<Double>> b = buildVersusLoad(profiles, nquads, repeat);
        print.println("| whole processes | ours | baseline | ratio (median, min–max) |");
        print.println("|---|---|---|---|");
        print.printf(Locale.ROOT, "| build → N-Quads vs load N-Quads + count | %s s | %s s | %s |%n%n",
                spread(b.get(0)), spread(b.get(1)), spread(b.get(2)));
    }

    /** Build, then load and count its output, {@code repeat} times: the builds, the loads, the ratios. */
    private static List<List<Double>> buildVersusLoad(Path profiles, Path nquads, int repeat) throws Exception {
        List<Double> build = new ArrayList<>(), load = new ArrayList<>(), buildRatio = new ArrayList<>();
        for (int i = 0; i < repeat; i++) {
            double b = Processes.build(profiles, nquads);
            double l = Processes.loadAndCount(nquads);
            build.add(b);
            load.add(l);
            buildRatio.add(b / l);
        }
        return List.of(build, load, buildRatio);
    }

    private static void processes(Path profiles, Path nquads, int repeat, PrintStream print) throws Exception {
        List<List<Double>> b = buildVersusLoad(profiles, nquads, repeat);
        List<Double> build = b.get(0), load = b.get(1), buildRatio = b.get(2);
        List<Double> serve = new ArrayList<>(), fuseki = new ArrayList<>(), startRatio = new ArrayList<>();
        List<Double> warm = new ArrayList<>(), warmRatio = new ArrayList<>();
        String classPath = System.getProperty("java.class.path");
        Path store = nquads.toAbsolutePath().resolveSibling("tdb2-" + profiles.getFileName());
        Processes.fillStore(profiles, store, classPath);
        for (int i = 0; i < repeat; i++) {
            double s = Processes.serveToFirstQuery(profiles);
            double w = Processes.serveWarmStart(profiles, store, classPath).seconds();
            double f = Processes.fusekiToFirstQuery(nquads);
            serve.add(s);
            warm.add(w);
            fuseki.add(f);
            startRatio.add(s / f);
            warmRatio.add(w / f);
        }
        long ours = Processes.heap("ours", nquads);
        long plain = Processes.heap("plain", nquads);

        print.println("| whole processes | ours | baseline | ratio (median, min–max) |");
        print.println("|---|---|---|---|");
        print.printf(Locale.ROOT, "| build → N-Quads vs load N-Quads + count | %s s | %s s | %s |%n",
                spread(build), spread(load), spread(buildRatio));
        print.printf(Locale.ROOT, "| `serve` profiles vs bare Fuseki on N-Quads, launch → first query | %s s | %s s | %s |%n",
                spread(serve), spread(fuseki), spread(startRatio));
        print.printf(Locale.ROOT, "| `serve --tdb2` warm (second start: the store holds the profiles) vs bare Fuseki, launch → first query | %s s | %s s | %s |%n",
                spread(warm), spread(fuseki), spread(warmRatio));
        print.printf(Locale.ROOT, "| heap: `serve`'s dataset (loaded from the N-Quads) vs plain `createTxnMem()` | %.0f MiB | %.0f MiB | %.2f |%n%n",
                ours / 1048576.0, plain / 1048576.0, (double) ours / plain);
    }

    /** {@code latency}: the one-client and mix measurements before the comparison with bare Fuseki (else that alone). */
    private static void serving(Path nquads, double mixSeconds, boolean latency, PrintStream print) throws Exception {
        if (!Files.exists(nquads)) throw new IllegalStateException("no " + nquads + ": run the processes part first");

        int port = Processes.freePort();
        // serve's stderr says when its warm-up is over (WarmupWait); kept beside the N-Quads for a look afterwards.
        Path log = nquads.resolveSibling("serve-serving.log");
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                Processes.SERVER_HEAP, "-cp", System.getProperty("java.class.path"), "org.demandgraph.cli.Main", "serve",
                "--port", Integer.toString(port), nquads.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(log.toFile()).start();
        int barePort = Processes.freePort();
        Process bare = Processes.bareFuseki(nquads, barePort);
        try {
            String root = "http://127.0.0.1:" + port;
            String bareSparql = "http://127.0.0.1:" + barePort + "/ds/sparql";
            awaitUp(root + "/kg/sparql?query=ASK%7B%7D");
            awaitUp(bareSparql + "?query=ASK%7B%7D");
            print.printf("Both servers run with %s.%n%n", Processes.SERVER_HEAP);
            if (latency) latency(root, nquads, mixSeconds, print);
            // Cells are timed only once the warm-up is over (the latency part, before, times first answers on purpose).
            String warmed = WarmupWait.await(server, log, WarmupWait.LIMIT);
            print.printf("`serve` said: %s%n%n", warmed);
            double cellSeconds = Math.max(5, mixSeconds / 6);
            List<String> iris = ServingRequests.typedSubjects(nquads, Iris.DEFAULT_BASE)
                    .getOrDefault("jurisdiction", new java.util.TreeSet<>()).stream().limit(VERSUS_IRIS).toList();
            VersusFuseki.print(VersusFuseki.run(root, bareSparql, iris, Iris.DEFAULT_BASE, cellSeconds), cellSeconds, print);
            if (!server.isAlive()) print.printf("`serve` exited (status %d) during the run: its figures after that are errors.%n", server.exitValue());
            if (!bare.isAlive()) print.printf("bare Fuseki exited (status %d) during the run.%n", bare.exitValue());
        } finally {
            server.destroy();
            bare.destroy();
            server.waitFor();
            bare.waitFor();
        }
    }

    private static void latency(String root, Path nquads, double mixSeconds, PrintStream print) throws Exception {
        Map<String, List<ServingRequests.Request>> kinds = ServingRequests.of(root, Path.of("queries"), nquads, Iris.DEFAULT_BASE);
        Latency latency = new Latency();
        print.printf("One client, `serve` on the built N-Quads; first answer, then p50/p99 of %d more (ms):%n%n", REPS);
        print.println("| kind | first | p50 | p99 | errors |");
        print.println("|---|---|---|---|---|");
        for (Latency.Kind k : latency.single(kinds, REPS)) {
            print.printf(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %d |%n", k.kind(), k.firstMillis(),
                    k.millis().percentile(50), k.millis().percentile(99), k.errors());
        }
        Latency.Mix mix = latency.mix(kinds, CLIENTS, mixSeconds, 1);
        print.printf(Locale.ROOT, "%n%d clients, every kind mixed, all from 127.0.0.1, so sharing `serve`'s default limit per"
                        + " address (%d in progress, as many more queued for a slot): %.0f s: %d answers (%.1f/s), %d errors, p50 %.0f ms,"
                        + " p99 %.0f ms, max %.0f ms, longest stretch with no answer %.0f ms%n",
                mix.clients(), DemandServer.DEFAULT_MAX_PER_CLIENT, mix.seconds(), mix.answers(), mix.throughput(), mix.errors(),
                mix.millis().percentile(50), mix.millis().percentile(99), mix.millis().max(), mix.longestSilenceMillis());
        mix.errorKinds().forEach((kind, n) -> print.printf(Locale.ROOT, "- error %s: %d%n", kind, n));
        print.println();
    }

    private static void awaitUp(String url) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ask = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build();
        for (long deadline = System.nanoTime() + 1_800_000_000_000L; System.nanoTime() < deadline; Thread.sleep(200)) {
            try {
                if (http.send(ask, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return;
            } catch (java.io.IOException notYet) {
                // starting
            }
        }
        throw new IllegalStateException("server did not start: " + url);
    }

    static String spread(List<Double> values) {
        Samples s = Samples.of(values);
        return String.format(Locale.ROOT, "%.2f (%.2f–%.2f)", s.median(), s.min(), s.max());
    }
}
