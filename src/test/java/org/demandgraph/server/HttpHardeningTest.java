package org.demandgraph.server;

import static org.demandgraph.server.ServerFixture.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.demandgraph.vocab.Iris;
import org.demandgraph.server.linkeddata.LinkedDataRoutes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Headers and methods of a public server. Before: CORS reflected any Origin with credentials on every
 * endpoint (the update endpoint too); any Host header was served (DNS rebinding); HTML had no CSP,
 * {@code nosniff} or frame options; TRACE echoed requests; Jetty and Fuseki versions were in headers and
 * error pages.
 */
class HttpHardeningTest {

    private static DemandServer server;

    @BeforeAll
    static void start() {
        server = DemandServer.builder(twoProfiles()).port(0).updatePassword("update password")
                .hostNames(List.of("kg.example.org"))
                .customize(b -> LinkedDataRoutes.install(b, twoProfiles(), new Iris(NS))).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    /** A raw HTTP/1.1 exchange, for what Java's client will not send (Host, TRACE). */
    private static String raw(String method, String path, String host) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> withOrigin(String url, String method) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Origin", "https://evil.example")
                .method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    @Test
    void corsIsOpenWithoutCredentialsAndAbsentOnUpdate() {
        for (String url : List.of(server.sparqlUrl() + "?query=" + encode("ASK {}"), server.baseUrl() + "/void",
                server.graphStoreUrl() + "?default")) {
            HttpResponse<String> r = withOrigin(url, "GET");
            assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null), url);
            assertTrue(r.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), url);
        }
        HttpResponse<String> update = withOrigin(server.updateUrl(), "POST");
        assertTrue(update.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), update.headers().map().toString());
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(URI.create(server.updateUrl()))
                .header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
    }

    @Test
    void onlyConfiguredHostNamesAreServed() {
        String ask = "/kg/sparql?query=" + encode("ASK {}");
        assertTrue(raw("GET", ask, "attacker.example").startsWith("HTTP/1.1 421"), "DNS rebinding");
        assertTrue(raw("GET", "/", "attacker.example:" + server.getPort()).startsWith("HTTP/1.1 421"));
        for (String host : List.of("127.0.0.1:" + server.getPort(), "localhost:" + server.getPort(), "kg.example.org", "KG.example.org:443")) {
            assertTrue(raw("GET", ask, host).startsWith("HTTP/1.1 200"), host);
        }
    }

    @Test
    void traceIsOff() {
        for (String path : List.of("/", "/kg/sparql", "/void", "/jurisdiction/us/ct/norwich")) {
            String r = raw("TRACE", path, "127.0.0.1");
            assertTrue(r.startsWith("HTTP/1.1 405"), path + ": " + r);
        }
    }

    @Test
    void htmlCarriesSecurityHeaders() {
        for (String path : List.of("/", "/void", "/jurisdiction/us/ct/norwich", "/ui/")) {
            HttpResponse<String> r = get(server.baseUrl() + path, "text/html");
            assertEquals(200, r.statusCode(), path);
            Map<String, List<String>> h = r.headers().map();
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(null), path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'"), path + " " + h);
        }
    }

    @Test
    void noVersionsInHeadersOrErrorPages() {
        for (String path : List.of("/", "/no/such/page", "/kg/nothing", "/kg/sparql?query=SELEC", "/jurisdiction/none")) {
            String r = raw("GET", path, "127.0.0.1");
            String lower = r.toLowerCase();
            assertFalse(lower.contains("jetty"), path + ": " + r);
            assertFalse(lower.contains("server:"), path + ": " + r);
            assertFalse(lower.contains("x-powered-by"), path + ": " + r);
            assertFalse(r.matches("(?s).*\\b(5\\.6\\.0|12\\.1\\.\\d+)\\b.*"), path + ": " + r);
            assertFalse(r.contains("\tat org."), "a stack trace on " + path);
        }
    }
}
