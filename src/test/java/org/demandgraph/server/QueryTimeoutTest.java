package org.demandgraph.server;

import static org.demandgraph.server.ServerFixture.*;
import static org.junit.jupiter.api.Assertions.*;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A query that cannot finish is stopped by the configured timeout and answered 503. */
class QueryTimeoutTest {

    // Ten-fold cross join of the union graph (8 triples): 8^10 ≈ 1.07 billion rows to count, minutes on any machine.
    private static final String ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { "
            + "?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o . ?p ?q ?r . ?s ?t ?u . ?v ?w ?x . "
            + "?a2 ?b2 ?c2 . ?d2 ?e2 ?f2 }";

    @Test
    void aQueryThatCannotFinishIs503() {
        // The timeout is far shorter than the count takes on any machine (so the 503 does not depend on its
        // speed) and far longer than ASK {} needs even on a loaded one (before: 500 ms, flaky under load).
        try (DemandServer server = DemandServer.builder(twoProfiles()).port(0).timeout(Duration.ofSeconds(5)).start()) {
            HttpResponse<String> r = get(server.sparqlUrl() + "?query=" + encode(ENDLESS), "application/sparql-results+json");
            assertEquals(503, r.statusCode(), r.body());
            // The server is still there afterwards.
            assertEquals(200, get(server.sparqlUrl() + "?query=" + encode("ASK {}"), null).statusCode());
        }
    }
}
