package org.demandgraph.server;

import static org.demandgraph.server.ServerFixture.*;
import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** With an update password: {@code /kg/update} for {@code admin} only; everything else still read-only. */
class UpdatePasswordTest {

    private static final String PASSWORD = "s3cret, with: odd chars";
    private static final String INSERT = "INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/a> <https://example.org/b> \"c\" } }";
    private static final String REFUSED = INSERT.replace("\"c\"", "\"refused\"");
    private static DemandServer server;

    @BeforeAll
    static void start() {
        server = DemandServer.builder(twoProfiles()).port(0).updatePassword(PASSWORD).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<String> update(String authorization) {
        return update(INSERT, authorization);
    }

    private static HttpResponse<String> update(String body, String authorization) {
        return update(server, body, authorization);
    }

    private static HttpResponse<String> update(DemandServer target, String body, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(target.updateUrl()))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return send(b.build());
    }

    private static boolean inserted() {
        return inserted("c");
    }

    private static boolean inserted(String value) {
        String ask = "ASK { GRAPH <https://example.org/g> { ?s ?p \"" + value + "\" } }";
        return get(server.sparqlUrl() + "?query=" + encode(ask), "application/sparql-results+json").body().contains("true");
    }

    @Test
    void anonymousAndWrongPasswordAre401AndGuessingIsSlowedDown() {
        // The waits are timed on a clock the test steps (before: real 500 ms windows, flaky on a loaded machine).
        java.util.concurrent.atomic.AtomicLong clock = new java.util.concurrent.atomic.AtomicLong();
        try (DemandServer own = DemandServer.builder(twoProfiles()).port(0).updatePassword(PASSWORD).updateClock(clock::get).start()) {
            HttpResponse<String> anonymous = update(own, REFUSED, null);
            assertEquals(401, anonymous.statusCode());
            assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
            assertEquals(401, update(own, REFUSED, basic(DemandServer.UPDATE_USER, "wrong")).statusCode());
            // Before: 91 guesses a second. Now the next try straight after a failure is refused unchecked,
            // even with the right password, and the wait doubles with every failure.
            HttpResponse<String> again = update(own, REFUSED, basic(DemandServer.UPDATE_USER, PASSWORD));
            assertEquals(429, again.statusCode(), again.body());
            assertTrue(again.headers().firstValue("Retry-After").isPresent());
            clock.addAndGet((UpdateGate.FIRST_DELAY_MILLIS - 1) * 1_000_000L);
            assertEquals(429, update(own, REFUSED, basic(DemandServer.UPDATE_USER, PASSWORD)).statusCode(), "still waiting");
            clock.addAndGet(1_000_000L);
            assertEquals(401, update(own, REFUSED, basic("someone", PASSWORD)).statusCode());
            clock.addAndGet((2 * UpdateGate.FIRST_DELAY_MILLIS - 1) * 1_000_000L);
            assertEquals(429, update(own, REFUSED, basic(DemandServer.UPDATE_USER, "wrong")).statusCode(),
                    "the second failure locks for twice as long");
            clock.addAndGet(1_000_000L);
            assertEquals(204, update(own, INSERT, basic(DemandServer.UPDATE_USER, PASSWORD)).statusCode());
            assertFalse(inserted("refused"));
        }
    }

    @Test
    void insertDataWithoutAGraphIsRefusedWithAMessage() {
        HttpResponse<String> r = update("INSERT DATA { <https://example.org/a> <https://example.org/b> \"nowhere\" }",
                basic(DemandServer.UPDATE_USER, PASSWORD));
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("GRAPH"), r.body());
    }

    @Test
    void adminWithThePasswordUpdatesAndQueriesSeeIt() {
        HttpResponse<String> r = update(basic(DemandServer.UPDATE_USER, PASSWORD));
        assertTrue(r.statusCode() == 200 || r.statusCode() == 204, "status " + r.statusCode() + " " + r.body());
        assertTrue(inserted());
    }

    @Test
    void queriesStayAnonymous() {
        assertEquals(200, get(server.sparqlUrl() + "?query=" + encode("ASK {}"), null).statusCode());
        assertEquals(200, get(server.graphStoreUrl() + "?default", "text/turtle").statusCode());
    }

    @Test
    void updatesThroughTheQueryEndpointOrTheDatasetAreRefused() {
        HttpResponse<String> viaSparql = refused(server.sparqlUrl());
        assertTrue(viaSparql.statusCode() >= 400, "status " + viaSparql.statusCode());
        HttpResponse<String> viaDataset = refused(server.baseUrl() + "/kg");
        assertTrue(viaDataset.statusCode() >= 400, "status " + viaDataset.statusCode());
        assertFalse(inserted("refused"));
    }

    /** The refused update on a connection of its own (the server may close the one it refused on). */
    private static HttpResponse<String> refused(String url) {
        return postOnOwnConnection(url, "application/sparql-update", REFUSED, null);
    }

    @Test
    void withoutAValidatorThereIsNoShaclEndpoint() {
        assertNull(server.shaclUrl());
        assertFalse(server.urls().containsKey("SHACL"));
        assertEquals(404, post(server.baseUrl() + "/kg/shacl", "text/turtle", "<https://example.org/a> <https://example.org/b> 1 .", null).statusCode());
    }

    @Test
    void serviceDescriptionAdvertisesUpdate() {
        String body = get(server.sparqlUrl(), "text/turtle").body();
        assertTrue(body.contains("SPARQL11Update"), body);
    }

    @Test
    void thePasswordIsWrittenNowhere() throws Exception {
        // Before: Fuseki kept it as an unsalted MD5 in a file in the temporary folder, left there after kill -9.
        String pw = "written-nowhere-" + System.nanoTime();
        String md5 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                .digest(pw.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        java.nio.file.Path tmp = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));
        long started = System.currentTimeMillis() - 1000;
        try (DemandServer own = DemandServer.builder(twoProfiles()).port(0).updatePassword(pw).start()) {
            assertEquals(204, update(own, INSERT, basic(DemandServer.UPDATE_USER, pw)).statusCode());
            // Files other processes make meanwhile are read too; none may hold the password or its MD5.
            for (java.nio.file.Path f : recentFiles(tmp, started)) {
                String text;
                try {
                    text = java.nio.file.Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1);
                } catch (java.io.IOException gone) {
                    continue;
                }
                assertFalse(text.contains(pw) || text.toLowerCase(java.util.Locale.ROOT).contains(md5), f + " holds the password");
            }
        }
    }

    /** Regular files under {@code dir} (two levels) changed since {@code since}; files or folders that vanish meanwhile are passed over. */
    private static java.util.List<java.nio.file.Path> recentFiles(java.nio.file.Path dir, long since) throws java.io.IOException {
        java.util.List<java.nio.file.Path> found = new java.util.ArrayList<>();
        java.nio.file.Files.walkFileTree(dir, java.util.Set.of(), 2, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult visitFile(java.nio.file.Path f, java.nio.file.attribute.BasicFileAttributes a) {
                if (a.isRegularFile() && a.lastModifiedTime().toMillis() >= since && a.size() <= 1 << 20) found.add(f);
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(java.nio.file.Path f, java.io.IOException gone) {
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
        return found;
    }
}
