package org.demandgraph.server;

import static org.demandgraph.server.ServerFixture.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

/**
 * The server's timeout bounds every kind of request, and sizes are limited. Before: a 35-character
 * regex ran 82 s and answered 200; a query timing out while streaming answered 200 with a cut-off body;
 * {@code /kg/shacl?graph=default} and {@code /kg/get?default} ignored the timeout; an 11 MB query was parsed
 * (46 s); a 25 MiB form was a 500.
 */
class BoundedWorkTest {

    /** Exponential backtracking (the back-reference defeats the JDK's loop memo) on a run of a's ending otherwise. */
    private static final String EVIL_PATTERN = "^(a+)+\\1$";
    private static final String EVIL_TEXT = "a".repeat(40) + "!";
    private static final String EVIL_REGEX = "SELECT * { ?s ?p ?o BIND(CONCAT(STR(?p), \"" + EVIL_TEXT + "\") AS ?t) "
            + "FILTER(regex(SUBSTR(?t, STRLEN(STR(?p)) + 1), \"" + EVIL_PATTERN.replace("\\", "\\\\") + "\")) }";

    /** Many quads in many graphs, so that reading them all takes far longer than a millisecond. */
    private static DatasetGraph large() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Node p = NodeFactory.createURI("https://example.org/p");
        for (int g = 0; g < 20; g++) {
            Node graph = NodeFactory.createURI("https://example.org/g" + g);
            for (int i = 0; i < 3000; i++) {
                dsg.add(Quad.create(graph, NodeFactory.createURI("https://example.org/s" + i), p, NodeFactory.createLiteralString("v" + g + "-" + i)));
            }
        }
        return dsg;
    }

    /**
     * Timeouts here are either far shorter than work that never ends (2^40 backtracking steps, 10^12 rows),
     * so the 503 does not depend on the machine's speed, or far longer than any ordinary request needs,
     * where the request must succeed; no test asserts how long anything took.
     */
    private static final Duration SHORT = Duration.ofSeconds(2);
    private static final Duration AMPLE = Duration.ofMinutes(10);

    /** Whether any thread is inside the guarded regex matcher (the work of a REGEX filter). */
    private static boolean matching() {
        return Thread.getAllStackTraces().values().stream().anyMatch(stack -> java.util.Arrays.stream(stack)
                .anyMatch(f -> f.getClassName().startsWith(GuardedRegex.class.getName())));
    }

    @Test
    void aBacktrackingRegexIsStoppedByTheTimeout() throws InterruptedException {
        try (DemandServer server = DemandServer.builder(twoProfiles()).port(0).timeout(SHORT).start()) {
            HttpResponse<String> r = get(server.sparqlUrl() + "?query=" + encode(EVIL_REGEX), "application/sparql-results+json");
            assertEquals(503, r.statusCode(), r.body());
            // Before, the match went on for minutes after the answer. Now the worker stops: wait for it
            // (checking a few times a second, up to a bound far above any machine's stopping time).
            boolean busy = matching();
            for (int i = 0; i < 600 && busy; i++) {
                Thread.sleep(100);
                busy = matching();
            }
            assertFalse(busy, "the regex is still running after its request timed out");
        }
        try (DemandServer server = DemandServer.builder(twoProfiles()).port(0).timeout(AMPLE).start()) {
            // Ordinary regex and replace still answer as SPARQL says.
            String ok = "SELECT ?r { BIND(regex(\"Norwich\", \"^nor\", \"i\") AS ?m) BIND(replace(\"a-b-c\", \"-\", \"+\") AS ?r) FILTER(?m) }";
            HttpResponse<String> fine = get(server.sparqlUrl() + "?query=" + encode(ok), "text/csv");
            assertEquals(200, fine.statusCode(), fine.body());
            assertTrue(fine.body().contains("a+b+c"), fine.body());
        }
    }

    @Test
    void theRegexMatcherGivesUpWhenTheQueryIsCancelled() {
        AtomicBoolean cancel = new AtomicBoolean();
        Thread canceller = new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
            cancel.set(true);
        });
        canceller.start();
        CharSequence text = new GuardedRegex.CancellableText(EVIL_TEXT, cancel);
        assertThrows(QueryCancelledException.class, () -> Pattern.compile(EVIL_PATTERN).matcher(text).find());
    }

    @Test
    void aTimeoutBeforeTheFirstByteIs503() {
        // One row at once, then a long search that finds nothing: Fuseki used to send the first row and
        // end the body without a word when the timeout came. (The search is 10^12 rows of
        // VALUES that no filter can cut short, so it is long whatever the data and the indexes.)
        String ten = "{ 0 1 2 3 4 5 6 7 8 9 }";
        StringBuilder search = new StringBuilder();
        for (char v = 'a'; v <= 'l'; v++) search.append("VALUES ?").append(v).append(' ').append(ten).append(' ');
        String q = "SELECT ?x { { VALUES ?x { 1 } } UNION { " + search + "BIND(?a AS ?x) FILTER(STRLEN(STR(?l)) < 0) } }";
        try (DemandServer server = DemandServer.builder(twoProfiles()).port(0).timeout(SHORT).start()) {
            HttpResponse<String> r = get(server.sparqlUrl() + "?query=" + encode(q), "application/sparql-results+json");
            assertEquals(503, r.statusCode(), r.body());
        }
    }

    @Test
    void aTimeoutAfterTheFirstByteEndsTheResponseDetectably() {
        // Rows keep coming, far more than are computed before sending, until the timeout: the response has
        // started, so its status cannot change; the client must see it end early. (Generous timeout: the
        // first rows must be out before it, even on a loaded machine.)
        String q = "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o . ?p ?q ?r }";
        try (DemandServer server = DemandServer.builder(twoProfiles()).port(0).timeout(Duration.ofSeconds(8)).start()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query=" + encode(q)))
                    .header("Accept", "application/sparql-results+json").build();
            try {
                HttpResponse<String> r = send(request);
                fail("a cut-off body must not look like a complete response: " + r.statusCode() + ", "
                        + r.body().length() + " chars");
            } catch (UncheckedIOException expected) {
                // The client sees the response end early (before: a 200 whose body ended in a note).
                assertFalse(expected.getCause() instanceof java.net.http.HttpTimeoutException, "the server stopped answering");
            }
            assertEquals(200, get(server.sparqlUrl() + "?query=" + encode("ASK {}"), null).statusCode());
        }
    }

    @Test
    void graphStoreReadsAndShaclStopAtTheTimeout() {
        try (DemandServer server = DemandServer.builder(large()).port(0).timeout(Duration.ofMillis(1))
                .shacl(ServerFixture::validateWithTestShape).start()) {
            assertEquals(503, get(server.graphStoreUrl() + "?default", "text/turtle").statusCode());
            assertEquals(503, get(server.shaclUrl() + "?graph=default", "text/turtle").statusCode());
        }
        try (DemandServer server = DemandServer.builder(large()).port(0).timeout(AMPLE).shacl(ServerFixture::validateWithTestShape).start()) {
            HttpResponse<String> all = get(server.graphStoreUrl() + "?default", "text/turtle");
            assertEquals(200, all.statusCode());
            assertEquals(60_000, all.body().split("\"v").length - 1);
            assertEquals(200, get(server.shaclUrl() + "?graph=default", "text/turtle").statusCode());
        }
    }

    @Test
    void pagesStopAtTheTimeout() {
        // Before: the landing page, VoID, dumps and exports ignored --timeout. They read the served data
        // through the request deadline, so with a deadline shorter than reading 60,000 quads they answer
        // 503 with a message (no stack trace), and with an ample one they answer.
        List<String> paths = List.of("/", "/void", "/dumps/demandgraph.trig", "/exports/jurisdictions.csv");
        try (DemandServer server = ServerSetup.builder(large(), org.demandgraph.vocab.Iris.defaults()).port(0)
                .timeout(Duration.ofMillis(1)).start()) {
            for (String path : paths) {
                HttpResponse<String> r = get(server.baseUrl() + path, null);
                assertEquals(503, r.statusCode(), path + ": " + r.body());
                assertTrue(r.body().contains("Timed out"), path + ": " + r.body());
                assertFalse(r.body().contains("\tat "), path + ": no stack trace");
            }
        }
        try (DemandServer server = ServerSetup.builder(large(), org.demandgraph.vocab.Iris.defaults()).port(0)
                .timeout(AMPLE).start()) {
            for (String path : paths) {
                assertEquals(200, get(server.baseUrl() + path, null).statusCode(), path);
            }
        }
    }

    /** Headers announcing a body of {@code length} bytes, and none of the body. */
    private static String rawPost(DemandServer server, String path, String type, long length) {
        try (java.net.Socket socket = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), server.getPort())) {
            socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + type
                    + "\r\nContent-Length: " + length + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            byte[] head = socket.getInputStream().readNBytes(12);
            return new String(head, java.nio.charset.StandardCharsets.US_ASCII);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void oversizedRequestsAre413() {
        try (DemandServer server = DemandServer.builder(twoProfiles()).port(0).timeout(AMPLE).shacl(ServerFixture::validateWithTestShape).start()) {
            String bigQuery = "SELECT * { ?s ?p ?o } # " + "x".repeat((int) HttpGuard.MAX_QUERY_BYTES);
            assertEquals(413, postOnOwnConnection(server.sparqlUrl(), "application/sparql-query", bigQuery, null).statusCode());
            assertEquals(413, postOnOwnConnection(server.sparqlUrl(), "application/x-www-form-urlencoded", "query=" + encode(bigQuery), null).statusCode());
            // A 25 MiB form (before: 500): refused on its Content-Length, before any of it is read.
            assertTrue(rawPost(server, "/kg/sparql", "application/x-www-form-urlencoded", 25L * 1024 * 1024).startsWith("HTTP/1.1 413"));
            // Data over the limit for /kg/shacl, announced by its Content-Length: refused before it is read
            // (sending all of it would race the server closing the connection after its 413).
            assertTrue(rawPost(server, "/kg/shacl", "text/turtle", HttpGuard.MAX_BODY_BYTES + 1).startsWith("HTTP/1.1 413"));
            // Just under the query limit is still served.
            String fits = "ASK {} # " + "x".repeat((int) HttpGuard.MAX_QUERY_BYTES - 100);
            assertEquals(200, postOnOwnConnection(server.sparqlUrl(), "application/sparql-query", fits, null).statusCode());
        }
    }
}
