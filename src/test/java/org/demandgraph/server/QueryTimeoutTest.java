package org.demandgraph.server;

import static org.demandgraph.server.ServerFixture.*;
import static org.junit.jupiter.api.Assertions.*;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A query that cannot finish is stopped by the configured timeout and answered 503. */
class QueryTimeoutTest {

    // Eight-fold cross join of the union graph: 8^8 ≈ 16.7 million rows to count, far beyond a second.
    private static final String ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { "
            + "?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o . ?p ?q ?r . ?s ?t ?u . ?v ?w ?x . "
            + "?a2 ?b2 ?c2 . ?d2 ?e2 ?f2 }";

    @Test
    void aQueryThatCannotFinishIs503() {
        try (DemandServer server = DemandServer.builder(twoProfiles()).port(0).timeout(Duration.ofMillis(500)).start()) {
            HttpResponse<String> r = get(server.sparqlUrl() + "?query=" + encode(ENDLESS), "application/sparql-results+json");
            assertEquals(503, r.statusCode(), r.body());
            // The server is still there afterwards.
            assertEquals(200, get(server.sparqlUrl() + "?query=" + encode("ASK {}"), null).statusCode());
        }
    }
}
