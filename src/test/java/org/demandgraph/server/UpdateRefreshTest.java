package org.demandgraph.server;

import static org.demandgraph.server.ServerFixture.*;
import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.jena.sparql.core.DatasetGraph;
import org.demandgraph.vocab.Iris;
import org.demandgraph.server.linkeddata.LinkedDataRoutes;
import org.demandgraph.server.linkeddata.SiteInfo;
import org.junit.jupiter.api.Test;

/**
 * After an update, what was computed from the data is computed again. Before: ETags, dumps, VoID and
 * the landing page stayed as they were at start, so a revalidating client was told (304) that its old
 * copy was current.
 */
class UpdateRefreshTest {

    private static final String PASSWORD = "refresh password";

    private static HttpResponse<String> getWith(String url, String accept, String etag) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Accept", accept);
        if (etag != null) {
            b.header("If-None-Match", etag);
        }
        return send(b.build());
    }

    @Test
    void etagsDumpsAndVoidFollowUpdates() {
        DatasetGraph data = twoProfiles();
        DemandServer.Builder builder = DemandServer.builder(data).port(0).updatePassword(PASSWORD);
        DataVersion version = builder.dataVersion();
        builder.customize(b -> LinkedDataRoutes.install(b, data, new Iris(NS), SiteInfo.DEFAULT_SPARQL, QueryEditor.PATH, version));
        try (DemandServer server = builder.start()) {
            String voidUrl = server.baseUrl() + "/void";
            String dump = server.baseUrl() + "/dumps/demandgraph.trig";
            HttpResponse<String> before = getWith(voidUrl, "text/turtle", null);
            String etag = before.headers().firstValue("ETag").orElseThrow();
            assertEquals(304, getWith(voidUrl, "text/turtle", etag).statusCode());
            assertFalse(getWith(dump, "application/trig", null).body().contains("added-by-update"));

            HttpResponse<String> update = send(HttpRequest.newBuilder(URI.create(server.updateUrl()))
                    .header("Content-Type", "application/sparql-update")
                    .header("Authorization", basic(DemandServer.UPDATE_USER, PASSWORD))
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <https://example.org/notes> "
                            + "{ <https://example.org/a> <https://example.org/b> \"added-by-update\" } }")).build());
            assertEquals(204, update.statusCode(), update.body());

            HttpResponse<String> after = getWith(voidUrl, "text/turtle", etag);
            assertEquals(200, after.statusCode(), "the old ETag must not be current any more");
            assertNotEquals(etag, after.headers().firstValue("ETag").orElseThrow());
            assertTrue(getWith(dump, "application/trig", null).body().contains("added-by-update"));
        }
    }
}
