package org.demandgraph.server;

import static org.demandgraph.server.ServerFixture.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.demandgraph.server.linkeddata.LinkedDataRoutes;
import org.demandgraph.vocab.Iris;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Before: nothing was compressed (the 1 MB chart library went out whole on every landing load) and
 * CORS answers did not say they vary on {@code Origin}. Now text answers are gzipped for clients that
 * ask, and {@code Vary} names {@code Accept-Encoding} and {@code Origin} beside {@code Accept}.
 */
class CompressionAndVaryTest {

    private static DemandServer server;

    @BeforeAll
    static void start() {
        server = DemandServer.builder(twoProfiles()).port(0)
                .customize(b -> LinkedDataRoutes.install(b, twoProfiles(), new Iris(NS))).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<byte[]> get(String path, String accept, boolean gzip) {
        return get(server, path, accept, gzip);
    }

    private static HttpResponse<byte[]> get(DemandServer server, String path, String accept, boolean gzip) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET()
                .header("Origin", "https://client.example");
        if (accept != null) b.header("Accept", accept);
        if (gzip) b.header("Accept-Encoding", "gzip");
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gunzip(byte[] body) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> vary(HttpResponse<?> r) {
        return r.headers().allValues("Vary").stream().flatMap(v -> Arrays.stream(v.split(",")))
                .map(s -> s.trim().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    @Test
    void textAnswersAreGzippedForClientsThatAskAndPlainForOthers() {
        List<String[]> cases = List.of(
                new String[] {"/", "text/html", "<html"},
                new String[] {"/jurisdiction/us/ct/norwich", "text/turtle", "Norwich"},
                new String[] {"/kg/sparql?query=" + encode("SELECT ?s WHERE { ?s ?p ?o } LIMIT 50"),
                        "application/sparql-results+json", "\"bindings\""},
                new String[] {EchartsServlet.PATH + "/echarts.min.js", null, "echarts"});
        for (String[] c : cases) {
            HttpResponse<byte[]> zipped = get(c[0], c[1], true);
            assertEquals(200, zipped.statusCode(), c[0]);
            assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(null), c[0]);
            String text = new String(gunzip(zipped.body()), StandardCharsets.UTF_8);
            assertTrue(text.contains(c[2]), c[0] + " decompresses to its answer");
            HttpResponse<byte[]> plain = get(c[0], c[1], false);
            assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), c[0]);
            assertEquals(text, new String(plain.body(), StandardCharsets.UTF_8), c[0] + ": same answer either way");
            assertTrue(zipped.body().length < plain.body().length, c[0] + " is smaller compressed");
        }
    }

    @Test
    void theGzippedDumpIsNotCompressedTwice() {
        HttpResponse<byte[]> r = get("/dumps/demandgraph.nq.gz", null, true);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Encoding").isEmpty());
        String nquads = new String(gunzip(r.body()), StandardCharsets.UTF_8);
        assertTrue(nquads.contains("<" + NS + "jurisdiction/us/ct/norwich>"));
    }

    /**
     * Answers kept in memory (a description, the landing page, a catalogue query's answer, the TriG dump) are
     * gzipped once and sent as those bytes: compressed exactly once on the wire (not again by Jetty's
     * handler), the same bytes on every request, and their gzipped form revalidates by its own ETag.
     */
    @Test
    void cachedAnswersGoOutGzippedOnceAndRevalidate() {
        List<String[]> cases = List.of(
                new String[] {"/jurisdiction/us/ct/norwich", "text/turtle", "Norwich"},
                new String[] {"/", "text/html", "<html"},
                new String[] {"/dumps/demandgraph.trig", "application/trig", "norwich"});
        for (String[] c : cases) keptAndGzipped(server, c[0], c[1], c[2]);
        // a catalogue query's answer, on data where it is worth compressing (the bundled profiles)
        try (DemandServer bundled = bundledDataServer()) {
            String query = org.demandgraph.query.QueryCatalogue.text("tactic-use-counts").orElseThrow();
            keptAndGzipped(bundled, "/kg/sparql?query=" + encode(query), "application/sparql-results+json", "\"bindings\"");
        }
    }

    /**
     * A large kept answer (here the catalogue's one row per tactic use and quote): a client that does not
     * accept gzip gets, from the cache, the very bytes the query gave, with their length; one that does
     * gets the kept gzipped bytes.
     */
    @Test
    void aLargeKeptAnswerIsSentPlainOrGzipped() {
        try (DemandServer bundled = bundledDataServer()) {
            String path = "/kg/sparql?query=" + encode(org.demandgraph.query.QueryCatalogue.text("tactics-by-jurisdiction").orElseThrow());
            String json = "application/sparql-results+json";
            byte[] computed = get(bundled, path, json, false).body();
            assertTrue(computed.length >= GzippedBody.KEEP_PLAIN_BELOW, "larger than a page kept plain: " + computed.length);
            HttpResponse<byte[]> cached = get(bundled, path, json, false);
            assertEquals(200, cached.statusCode());
            assertTrue(cached.headers().firstValue("Content-Encoding").isEmpty());
            assertEquals(String.valueOf(computed.length), cached.headers().firstValue("Content-Length").orElse(null));
            assertArrayEquals(computed, cached.body(), "the kept answer, as the query gave it");
            keptAndGzipped(bundled, path, json, "\"quote\"");
        }
    }

    private static void keptAndGzipped(DemandServer server, String path, String accept, String needle) {
        byte[] plain = get(server, path, accept, false).body();
        HttpResponse<byte[]> first = get(server, path, accept, true);
        HttpResponse<byte[]> second = get(server, path, accept, true);
        for (HttpResponse<byte[]> r : List.of(first, second)) {
            assertEquals(200, r.statusCode(), path);
            assertEquals(List.of("gzip"), r.headers().allValues("Content-Encoding"), path);
            assertArrayEquals(plain, gunzip(r.body()), path + ": one gunzip gives the plain answer");
        }
        assertTrue(new String(plain, StandardCharsets.UTF_8).contains(needle), path);
        assertArrayEquals(first.body(), second.body(), path + ": the kept gzipped bytes");
        String etag = second.headers().firstValue("ETag").orElse(null);
        if (etag == null) return; // SPARQL answers carry none
        assertTrue(etag.endsWith("--gzip\""), path + " " + etag);
        HttpRequest again = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET()
                .header("Accept", accept).header("Accept-Encoding", "gzip").header("If-None-Match", etag).build();
        assertEquals(304, send(again).statusCode(), path + ": the gzipped form's ETag revalidates");
    }

    @Test
    void aLargeDumpIsKeptGzippedOnlyEverythingElsePlain() {
        byte[] large = "<tr><td>row</td><td>quote</td></tr>\n".repeat(1_000).getBytes(StandardCharsets.UTF_8);
        GzippedBody kept = GzippedBody.forDump(large);
        assertFalse(new GzippedBody(large).gzippedOnly(), "pages and answers are kept plain");
        assertTrue(large.length >= GzippedBody.KEEP_PLAIN_BELOW);
        assertTrue(kept.gzippedOnly());
        assertEquals(large.length, kept.length());
        assertArrayEquals(large, kept.plain());
        assertArrayEquals(large, gunzip(kept.gzipped()));
        byte[] small = "<p>kept</p>".repeat(100).getBytes(StandardCharsets.UTF_8);
        assertFalse(GzippedBody.forDump(small).gzippedOnly());
        assertSame(large, GzippedBody.keptPlain(large).plain(), "an already compressed file is kept as given");
    }

    @Test
    void aKeptBodyIsCompressedOnlyOnce() {
        GzippedBody body = new GzippedBody("<p>kept</p>".repeat(100).getBytes(StandardCharsets.UTF_8));
        byte[] gz = body.gzipped();
        assertSame(gz, body.gzipped(), "compressed on the first call only");
        assertArrayEquals(body.plain(), gunzip(gz));
    }

    @Test
    void varyNamesOriginAndEncodingBesideAccept() {
        for (String path : List.of("/", "/void", "/jurisdiction/us/ct/norwich",
                "/kg/sparql?query=" + encode("ASK {}"), "/kg/get?default")) {
            HttpResponse<byte[]> r = get(path, null, true);
            assertEquals(200, r.statusCode(), path);
            assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null), path);
            Set<String> vary = vary(r);
            assertTrue(vary.containsAll(Set.of("origin", "accept-encoding", "accept")), path + " Vary: " + vary);
        }
    }

    @Test
    void varyValuesAreMergedNotReplaced() {
        assertEquals("Origin, Accept-Encoding, Accept", VaryHeaders.merge("Origin, Accept-Encoding", "accept-encoding,Accept"));
        assertEquals("Accept", VaryHeaders.merge(null, "Accept"));
    }
}
