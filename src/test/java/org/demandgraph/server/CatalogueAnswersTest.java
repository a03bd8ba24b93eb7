package org.demandgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.demandgraph.vocab.DG;
import org.demandgraph.query.QueryCatalogue;
import org.junit.jupiter.api.Test;

/** The charts' catalogue queries are answered once per version of the data, and again after an update. */
class CatalogueAnswersTest {

    static final String BASE = "https://w3id.org/demandgraph/";
    static final String PASSWORD = "catalogue answers password";
    final HttpClient http = HttpClient.newHttpClient();

    String post(DemandServer server, String query) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build();
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    static Quad uses(String place, String tactic) {
        return Quad.create(NodeFactory.createURI(BASE + "profile/us/ct/norwich"), NodeFactory.createURI(BASE + place),
                DG.usesTactic.asNode(), NodeFactory.createURI(BASE + "tactic/" + tactic));
    }

    @Test
    void answeredFromMemoryUntilAnUpdateCommits() throws Exception {
        DatasetGraph store = DatasetGraphFactory.createTxnMem();
        try (InputStream in = getClass().getResourceAsStream("/server/norwich.trig")) {
            RDFDataMgr.read(store, in, Lang.TRIG);
        }
        DemandServer.Builder builder = DemandServer.builder(store).port(0).updatePassword(PASSWORD);
        String query = QueryCatalogue.text("tactic-use-counts").orElseThrow();
        try (DemandServer server = builder.start()) {
            String first = post(server, query);
            assertTrue(first.contains("Identity Disclosure,0"), first);

            // Written to the store behind the server's back: no new version, so the kept answer stands.
            Txn.executeWrite(store, () -> store.add(uses("jurisdiction/us/ct/elsewhere", "identity-disclosure")));
            assertEquals(first, post(server, query));
            // Any other query text runs on the data as it is now.
            assertTrue(post(server, query + "\n").contains("Identity Disclosure,1"));

            // An update committed through /kg/update moves the data version on: recomputed.
            Quad another = uses("jurisdiction/us/ct/another", "identity-disclosure");
            HttpResponse<String> update = ServerFixture.send(HttpRequest.newBuilder(URI.create(server.updateUrl()))
                    .header("Content-Type", "application/sparql-update")
                    .header("Authorization", ServerFixture.basic(DemandServer.UPDATE_USER, PASSWORD))
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <" + another.getGraph().getURI() + "> { <"
                            + another.getSubject().getURI() + "> <" + another.getPredicate().getURI() + "> <"
                            + another.getObject().getURI() + "> } }")).build());
            assertEquals(204, update.statusCode(), update.body());
            String after = post(server, query);
            assertNotEquals(first, after);
            assertTrue(after.contains("Identity Disclosure,2"), after);
        }
    }
}
