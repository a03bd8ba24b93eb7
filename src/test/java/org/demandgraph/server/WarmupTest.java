package org.demandgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.demandgraph.pipeline.DatasetLoader;
import org.demandgraph.query.QueryCatalogue;
import org.demandgraph.vocab.DG;
import org.demandgraph.vocab.Iris;
import org.junit.jupiter.api.Test;

/**
 * The warm-up leaves the catalogue's answers in the server's cache exactly as the landing page's charts
 * ask for them: after it, a change made underneath the server (no new data version) does not show in
 * the catalogue query's answer, while the same question in other words sees it.
 */
class WarmupTest {

    private static final Path PROJECT = Path.of(System.getProperty("demandgraph.project.dir", "."));

    @Test
    void warmUpAnswersTheCatalogueAheadOfTheFirstVisitor() throws Exception {
        DatasetGraph dsg = ServerSetup.prepare(new DatasetLoader(Iris.defaults()).indexed()
                .load(List.of(PROJECT.resolve("data/profiles"))).dataset(), Iris.defaults());
        DemandServer server = ServerSetup.builder(dsg, Iris.defaults()).port(0).start();
        try {
            CompletableFuture<String> done = new CompletableFuture<>();
            Warmup.start(server, Iris.defaults(), done::complete);
            String message = done.get(5, TimeUnit.MINUTES);
            assertTrue(message.startsWith("Caches warmed") && message.contains(", 0 failed)"), message);

            Txn.executeWrite(dsg, () -> dsg.deleteAny(Node.ANY, Node.ANY, DG.usesTactic.asNode(), Node.ANY));
            String query = QueryCatalogue.text("tactic-use-counts").orElseThrow();
            String cached = select(server, query);
            String fresh = select(server, query + "\n");
            assertTrue(cached.contains("\"jurisdictions\""), cached);
            assertNotEquals(cached, fresh, "the catalogue text is answered from the warmed cache");
            assertEquals(select(server, query), cached);
        } finally {
            server.stop();
        }
    }

    private static String select(DemandServer server, String query) throws Exception {
        HttpRequest post = HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build();
        HttpResponse<String> r = HttpClient.newHttpClient().send(post, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }
}
