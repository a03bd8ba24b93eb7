package org.demandgraph.server;

import static org.demandgraph.server.ServerFixture.*;
import static org.junit.jupiter.api.Assertions.*;

import java.net.http.HttpResponse;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.demandgraph.vocab.Iris;
import org.junit.jupiter.api.Test;

/**
 * Before: {@code /kg/shacl?format=html} linked results as if the data were under the default base, so a
 * server started with {@code --base} sent readers to w3id.org instead of its own pages. Now the links are
 * this server's paths for data under its base.
 */
class ShaclReportLinksTest {

    private static final String BASE = "http://example.org/kg/";

    @Test
    void theHtmlReportLinksToThisServersPagesUnderItsBase() {
        String city = """
                @prefix dg: <https://w3id.org/demandgraph/ontology#> .
                <http://example.org/kg/jurisdiction/us/ct/ashford> a dg:City, dg:Jurisdiction ;
                    dg:population "about four thousand" .
                """;
        Iris iris = new Iris(BASE);
        try (DemandServer server = ServerSetup.builder(DatasetGraphFactory.createTxnMem(), iris).port(0).start()) {
            HttpResponse<String> html = post(server.shaclUrl() + "?format=html", "text/turtle", city, null);
            assertEquals(200, html.statusCode());
            assertTrue(html.body().contains("href=\"/jurisdiction/us/ct/ashford\""), html.body());
            assertFalse(html.body().contains("href=\"" + BASE), "no links off to the base's host");
        }
    }
}
