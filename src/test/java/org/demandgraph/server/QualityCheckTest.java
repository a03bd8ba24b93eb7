package org.demandgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.demandgraph.pipeline.DatasetLoader;
import org.demandgraph.pipeline.LoadResult;
import org.demandgraph.query.QueryCatalogue;
import org.demandgraph.validate.Completeness;
import org.demandgraph.vocab.Iris;
import org.junit.jupiter.api.Test;

/**
 * {@code serve} answers as soon as its data is loaded and validates afterwards: while validation runs,
 * queries answer on the data without its quality graph and the landing page says so; when it is done, the
 * quality graph is served as a new data version (the catalogue's cached answers about it change); a
 * validation that fails leaves the data served and the reason on the landing page. The validation is held
 * back by a latch, so nothing here depends on how fast the machine is.
 */
class QualityCheckTest {

    private static final Path PROJECT = Path.of(System.getProperty("demandgraph.project.dir", "."));
    private static final Iris IRIS = Iris.defaults();
    private static final String QUALITY_GRAPH = Completeness.qualityGraph(IRIS);

    private static LoadResult loadBundledProfiles() {
        return new DatasetLoader(IRIS).indexed().load(List.of(PROJECT.resolve("data/profiles")));
    }

    @Test
    void answersBeforeValidationAndServesTheQualityGraphAfter() throws Exception {
        LoadResult loaded = loadBundledProfiles();
        assertEquals(2, loaded.profiles());
        QualityCheck check = QualityCheck.pending();
        DemandServer.Builder builder = ServerSetup.builder(loaded.dataset(), IRIS, check).port(0);
        DemandServer server = builder.start();
        try {
            CountDownLatch validating = new CountDownLatch(1), release = new CountDownLatch(1);
            BooleanSupplier real = ServerSetup.qualityStep(loaded, IRIS);
            BooleanSupplier held = () -> {
                validating.countDown();
                await(release);
                return real.getAsBoolean();
            };
            List<String> log = new CopyOnWriteArrayList<>();
            long before = builder.dataVersion().current();
            var done = check.start(held, builder.dataVersion(), log::add);
            assertTrue(validating.await(1, TimeUnit.MINUTES), "the validation step started");

            // While validation is held back: answers, on the data without the quality graph.
            assertEquals(QualityCheck.State.PENDING, check.state());
            assertFalse(ask(server, "ASK { GRAPH <" + QUALITY_GRAPH + "> { ?s ?p ?o } }"));
            assertTrue(ask(server, "ASK { ?profile a <https://w3id.org/demandgraph/ontology#Profile> }"));
            String completeness = QueryCatalogue.text("profiles-by-completeness").orElseThrow();
            assertEquals(0, rows(select(server, completeness)), "no completeness measured yet");
            String landing = ServerFixture.get(server.baseUrl() + "/", "text/html").body();
            assertTrue(landing.contains("id=\"quality-status\"") && landing.contains("still running"), landing);

            release.countDown();
            assertEquals(QualityCheck.State.CURRENT, done.get(5, TimeUnit.MINUTES));
            assertEquals(before + 1, builder.dataVersion().current(), "published as a new data version");
            assertTrue(log.stream().anyMatch(l -> l.startsWith("Validated in")), log.toString());

            // After: the same quality graph as validating before serving gives, and the cached answer moved on.
            assertTrue(isomorphic(qualityGraphOf(server), independentQualityGraph()), "the quality graph as prepare() writes it");
            assertEquals(loaded.profiles(), rows(select(server, completeness)), "one completeness row per profiled place");
            String after = ServerFixture.get(server.baseUrl() + "/", "text/html").body();
            assertFalse(after.contains("id=\"quality-status\""), "nothing pending on the landing page");
        } finally {
            server.stop();
        }
    }

    @Test
    void aFailedValidationLeavesTheDataServedAndSaysWhy() throws Exception {
        LoadResult loaded = loadBundledProfiles();
        QualityCheck check = QualityCheck.pending();
        DemandServer.Builder builder = ServerSetup.builder(loaded.dataset(), IRIS, check).port(0);
        DemandServer server = builder.start();
        try {
            List<String> log = new CopyOnWriteArrayList<>();
            long before = builder.dataVersion().current();
            var done = check.start(() -> {
                throw new IllegalStateException("the shapes could not be read");
            }, builder.dataVersion(), log::add);
            assertEquals(QualityCheck.State.FAILED, done.get(5, TimeUnit.MINUTES));
            assertEquals(before, builder.dataVersion().current(), "the data did not change");
            assertTrue(log.stream().anyMatch(l -> l.contains("Validation failed") && l.contains("the shapes could not be read")), log.toString());

            assertTrue(ask(server, "ASK { ?profile a <https://w3id.org/demandgraph/ontology#Profile> }"), "still answering");
            var landing = ServerFixture.get(server.baseUrl() + "/", "text/html");
            assertEquals(200, landing.statusCode());
            assertTrue(landing.body().contains("failed (the shapes could not be read)"), landing.body());
            assertFalse(landing.body().contains("IllegalStateException") || landing.body().contains("\tat org."),
                    "a reason, not a stack trace");
        } finally {
            server.stop();
        }
    }

    @Test
    void aBuildOutputWithItsQualityGraphIsNotValidatedAgain() throws Exception {
        // The bundled profiles as build writes them: its quality graph included.
        DatasetGraph built = ServerSetup.prepare(loadBundledProfiles(), IRIS);
        Path file = java.nio.file.Files.createTempFile("built", ".nq");
        try {
            try (var out = java.nio.file.Files.newOutputStream(file)) {
                Txn.executeRead(built, () -> org.apache.jena.riot.RDFDataMgr.write(out, built, Lang.NQUADS));
            }
            LoadResult loaded = new DatasetLoader(IRIS).indexed().load(List.of(file));
            QualityCheck check = QualityCheck.pending();
            DataVersion version = new DataVersion();
            List<String> log = new CopyOnWriteArrayList<>();
            assertEquals(QualityCheck.State.CURRENT,
                    check.start(ServerSetup.qualityStep(loaded, IRIS), version, log::add).get(5, TimeUnit.MINUTES));
            assertEquals(0, version.current(), "nothing written, nothing to recompute");
            assertTrue(log.get(0).contains("current"), log.toString());
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(5, TimeUnit.MINUTES)) throw new IllegalStateException("never released");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Graph independentQualityGraph() {
        DatasetGraph ds = ServerSetup.prepare(loadBundledProfiles(), IRIS);
        return Txn.calculateRead(ds, () -> {
            Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            ds.getGraph(NodeFactory.createURI(QUALITY_GRAPH)).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    private static Graph qualityGraphOf(DemandServer server) {
        var r = ServerFixture.get(server.graphStoreUrl() + "?graph=" + URLEncoder.encode(QUALITY_GRAPH, StandardCharsets.UTF_8),
                "application/n-triples");
        assertEquals(200, r.statusCode(), r.body());
        return RDFParser.fromString(r.body(), Lang.NTRIPLES).toGraph();
    }

    private static boolean isomorphic(Graph a, Graph b) {
        assertFalse(b.isEmpty(), "validation writes a quality graph");
        return a.isIsomorphicWith(b);
    }

    private static boolean ask(DemandServer server, String query) {
        var r = ServerFixture.get(server.sparqlUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        return r.body().contains("true");
    }

    private static String select(DemandServer server, String query) {
        // POSTed as the charts send it, so that the catalogue's per-version cache answers.
        var r = ServerFixture.post(server.sparqlUrl(), "application/x-www-form-urlencoded",
                "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    private static int rows(String json) {
        ResultSet rs = ResultSetFactory.fromJSON(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        int n = 0;
        for (; rs.hasNext(); rs.next()) n++;
        assertNotNull(rs.getResultVars());
        return n;
    }
}
