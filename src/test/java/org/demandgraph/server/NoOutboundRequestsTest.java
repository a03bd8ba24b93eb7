package org.demandgraph.server;

import static org.demandgraph.server.ServerFixture.*;
import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Nothing a client sends makes the server request anything: SERVICE, LOAD, remote JSON-LD contexts and
 * {@code java:} functions are refused with a clear status, and the stand-in remote server sees no request.
 * Before: SERVICE was executed and its answer returned (502 vs the remote's status told closed from open
 * ports), LOAD fetched URLs and read local files, a JSON-LD {@code @context} URL was fetched.
 */
class NoOutboundRequestsTest {

    private static final String PASSWORD = "a long update password";
    private static RemoteTarget remote;
    private static DemandServer server;

    @BeforeAll
    static void start() {
        remote = new RemoteTarget();
        server = DemandServer.builder(twoProfiles()).port(0).updatePassword(PASSWORD)
                .shacl(ServerFixture::validateWithTestShape).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        remote.close();
    }

    private static HttpResponse<String> query(DemandServer s, String q) {
        return get(s.sparqlUrl() + "?query=" + encode(q), "application/sparql-results+json");
    }

    private static HttpResponse<String> update(String body) {
        return send(HttpRequest.newBuilder(URI.create(server.updateUrl()))
                .header("Content-Type", "application/sparql-update")
                .header("Authorization", basic(DemandServer.UPDATE_USER, PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    @Test
    void serviceIsRefusedAndNothingIsSent() {
        int before = remote.requests();
        for (String q : List.of(
                "SELECT * { SERVICE <" + remote.url("/sparql") + "> { ?s ?p ?o } }",
                "SELECT * { SERVICE SILENT <" + remote.url("/sparql") + "> { ?s ?p ?o } }",
                "SELECT * { BIND(<" + remote.url("/sparql") + "> AS ?e) SERVICE ?e { ?s ?p ?o } }",
                "ASK { FILTER EXISTS { SERVICE <" + remote.url("/x") + "> { ?s ?p ?o } } }",
                "SELECT * { { SELECT * { SERVICE <" + remote.url("/y") + "> { ?s ?p ?o } } } }")) {
            HttpResponse<String> r = query(server, q);
            assertEquals(403, r.statusCode(), q + " -> " + r.body());
            assertTrue(r.body().contains("SERVICE"), r.body());
        }
        // A closed port answers exactly the same: no port scanning.
        HttpResponse<String> closed = query(server, "SELECT * { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }");
        assertEquals(403, closed.statusCode());
        assertEquals(before, remote.requests(), "the remote server was contacted");
    }

    @Test
    void anAllowedServiceIsCalled() {
        String endpoint = remote.url("/allowed/sparql");
        try (DemandServer open = DemandServer.builder(twoProfiles()).port(0).allowService(List.of(endpoint)).start()) {
            int before = remote.requests();
            HttpResponse<String> r = query(open, "SELECT ?x { SERVICE <" + endpoint + "> { ?s ?p ?x } }");
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains("from-the-remote"), r.body());
            assertEquals(before + 1, remote.requests());
            assertEquals(403, query(open, "SELECT * { SERVICE <" + remote.url("/other") + "> { ?s ?p ?o } }").statusCode());
        }
    }

    @Test
    void javaFunctionsAreRefused() {
        for (String q : List.of(
                "SELECT * { BIND(<java:org.apache.jena.sparql.function.library.sha1sum>(\"a\") AS ?x) }",
                "SELECT * { ?s <java:org.apache.jena.sparql.pfunction.library.splitIRI> (?a ?b) }",
                "SELECT * { ?s ?p ?o FILTER(<java:java.lang.Runtime>(?o)) }")) {
            HttpResponse<String> r = query(server, q);
            assertEquals(403, r.statusCode(), q + " -> " + r.body());
            assertTrue(r.body().contains("java:"), r.body());
        }
    }

    @Test
    void loadIsRefusedForUrlsAndFiles() {
        int before = remote.requests();
        for (String iri : List.of(remote.url("/data.ttl"), "file:///etc/passwd")) {
            HttpResponse<String> r = update("LOAD <" + iri + "> INTO GRAPH <https://example.org/g>");
            assertEquals(403, r.statusCode(), r.body());
            assertTrue(r.body().contains("LOAD"), r.body());
            assertFalse(r.body().contains("root:"), "local file content leaked: " + r.body());
        }
        assertEquals(before, remote.requests(), "LOAD reached the remote server");
    }

    @Test
    void serviceInsideAnUpdateIsRefused() {
        int before = remote.requests();
        HttpResponse<String> r = update("INSERT { GRAPH <https://example.org/g> { ?s ?p ?o } } WHERE { SERVICE <"
                + remote.url("/sparql") + "> { ?s ?p ?o } }");
        assertEquals(403, r.statusCode(), r.body());
        assertEquals(before, remote.requests());
    }

    @Test
    void remoteJsonLdContextsAreNotFetched() {
        int before = remote.requests();
        String doc = "{ \"@context\": \"" + remote.url("/context.jsonld") + "\", \"@id\": \"https://example.org/a\", \"name\": \"A\" }";
        HttpResponse<String> r = post(server.shaclUrl(), "application/ld+json", doc, "text/turtle");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("context"), r.body());
        assertEquals(before, remote.requests(), "the JSON-LD context was fetched");
        // Inline contexts still work.
        String inline = "{ \"@context\": { \"name\": \"https://schema.org/name\" }, \"@id\": \"https://example.org/a\", \"name\": \"A\" }";
        assertEquals(200, post(server.shaclUrl(), "application/ld+json", inline, "text/turtle").statusCode());
    }
}
