package org.demandgraph.server;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.demandgraph.query.QueryCatalogue;
import org.demandgraph.server.linkeddata.DatasetSnapshot;
import org.demandgraph.vocab.Iris;
import org.demandgraph.vocab.Tactic;
import org.demandgraph.vocab.UsStates;

/**
 * Computes for a just-started server, once and on a background thread, what its first visitors would
 * otherwise wait for: the data snapshot's fingerprint, counts and subject index (directly: these are
 * whole-dataset scans, which a loaded machine may not finish within one request's deadline), then,
 * asking the server itself, each catalogue query as the landing page's charts send it, the landing,
 * tactic and VoID pages, a 404 and the state pages. The answers land in the server's own per-version
 * caches through the ordinary request path, so a visitor arriving meanwhile is answered as usual
 * (waiting, at worst, for a value being computed, which is never computed twice). Nothing leaves 127.0.0.1.
 */
public final class Warmup {

    /**
     * How the line {@code serve} writes on stderr when the warm-up is over begins (documented in cli.md):
     * a benchmark waits for it before timing anything ({@code bench.WarmupWait}).
     */
    public static final String WARMED = "Caches warmed in ";
    /** How the line begins when the warm-up stopped early (the snapshot could not be computed). */
    public static final String STOPPED = "Warming the caches stopped: ";

    private Warmup() {}

    /** Starts warming {@code server} (daemon thread); {@code done} is told how long it took and how many answers failed. */
    public static Thread start(DemandServer server, Iris iris, Consumer<String> done) {
        List<HttpRequest> requests = requests(server, iris);
        Thread t = new Thread(() -> {
            long t0 = System.nanoTime();
            try {
                if (server.attribute(DatasetSnapshot.class.getName()) instanceof DatasetSnapshot snapshot) snapshot.warm();
            } catch (RuntimeException e) {
                done.accept(STOPPED + e.getMessage());
                return;
            }
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            int failed = 0;
            for (HttpRequest r : requests) {
                try {
                    int status = http.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status >= 400 && status != 404) failed++;
                } catch (IOException stopped) {
                    return; // the server has gone: nothing left to warm
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            done.accept(String.format(WARMED + "%.1f s (%d requests, %d failed)",
                    (System.nanoTime() - t0) / 1e9, requests.size(), failed));
        }, "demandgraph-warmup");
        t.setDaemon(true);
        t.start();
        return t;
    }

    static List<HttpRequest> requests(DemandServer server, Iris iris) {
        String root = server.baseUrl();
        List<HttpRequest> out = new ArrayList<>();
        out.add(page(root + "/"));
        for (String name : QueryCatalogue.names()) {
            String text = QueryCatalogue.text(name).orElse(null);
            if (text == null) continue;
            out.add(HttpRequest.newBuilder(URI.create(server.sparqlUrl())).timeout(Duration.ofMinutes(5))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(text, StandardCharsets.UTF_8)))
                    .build());
        }
        for (Tactic t : Tactic.values()) out.add(page(root + "/" + iris.tactic(t).substring(iris.base().length())));
        out.add(page(root + "/void"));
        out.add(page(root + "/jurisdiction/us/warm-up"));
        // A state's page gathers every place of the state (hundreds of operations and uses): rendered once
        // here rather than on a visitor's request. A state the data does not have is a cheap 404.
        for (String code : UsStates.all().keySet()) out.add(page(root + "/" + iris.state(code).substring(iris.base().length())));
        return out;
    }

    private static HttpRequest page(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5)).header("Accept", "text/html").GET().build();
    }
}
