package org.demandgraph.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.demandgraph.vocab.Iris;
import org.demandgraph.graph.UnionView;
import org.demandgraph.server.DataVersion;
import org.demandgraph.server.DataVersions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The work a request does, counted in index lookups and quads read (never in time): a 404 costs the
 * same whatever the URL's length, and a page is computed once per version of the data.
 */
class NotFoundWorkTest {

    static final String NOT_THERE = "/jurisdiction/us/ct/norwitch";

    final HttpClient http = HttpClient.newHttpClient();
    CountingDataset counted;
    UnionView served;
    final DataVersion version = new DataVersion();
    FusekiServer server;

    @BeforeEach
    void start() {
        counted = new CountingDataset(LinkedDataServer.load("norwich.trig"));
        served = UnionView.of(counted);
        FusekiServer.Builder b = FusekiServer.create().port(0).loopback(true).add("/kg", served, false);
        LinkedDataRoutes.install(b, served, Iris.defaults(), SiteInfo.DEFAULT_SPARQL, SiteInfo.DEFAULT_QUERY_EDITOR, version);
        server = b.build().start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    HttpResponse<String> get(String path) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path))
                .header("Accept", "text/html").build();
        return http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Lookups and quads read by one request. */
    long workOf(String path, int status) throws Exception {
        counted.reset();
        HttpResponse<String> r = get(path);
        assertEquals(status, r.statusCode(), path);
        return counted.work();
    }

    @Test
    void a404CostsTheSameWhateverTheUrlLength() throws Exception {
        get(NOT_THERE); // the first 404 builds the subject index of this version: once, not per request
        long shortUrl = workOf(NOT_THERE + "/x/y/z/w/v/u/t", 404);
        assertTrue(shortUrl > 0, "the counter sees the request's lookups");
        for (int kb : new int[] {1, 2, 6}) {
            String deep = NOT_THERE + "/x/y/z/w/v/u/t" + "/segment".repeat(kb * 1024 / 8);
            assertEquals(shortUrl, workOf(deep, 404), kb + " KB of segments");
            String wide = NOT_THERE + "/x/y/z/w/v/u/t/" + "a".repeat(kb * 1024);
            assertEquals(shortUrl, workOf(wide, 404), kb + " KB in one segment");
        }
        // The hints are still there for a typo.
        assertTrue(get(NOT_THERE).body().contains("href=\"/jurisdiction/us/ct/norwich\""));
    }

    @Test
    void hintLookupsAreBounded() {
        SubjectIndex index = SubjectIndex.of(counted);
        String base = Iris.defaults().base();
        NotFoundHints.near(base + "nosuch/" + "a/".repeat(3000), base, index);
        assertEquals(NotFoundHints.MAX_DEPTH + 1, index.lookups(), "one lookup per parent tried, at most");
    }

    @Test
    void pagesAreComputedOncePerVersionAndAgainAfterAnUpdate() throws Exception {
        String page = "/tactic/reverse-stings";
        String before = get(page).body();
        assertEquals(0, workOf(page, 200), "the second request is served from the cache");

        // An update committed (as /kg/update does: write, then move the data version on) starts a new
        // version: recomputed, and the new label shows.
        Txn.executeWrite(served, () -> served.add(Quad.create(
                NodeFactory.createURI(Iris.defaults().base() + "graph/ontology"),
                NodeFactory.createURI(Iris.defaults().base() + "tactic/reverse-stings"),
                SKOS.altLabel.asNode(), NodeFactory.createLiteralLang("buyer sting", "en"))));
        DataVersions.committed(version);
        assertTrue(workOf(page, 200) > 0, "recomputed after the update");
        String after = get(page).body();
        assertNotEquals(before, after);
        assertTrue(after.contains("buyer sting"), after);
        assertEquals(0, workOf(page, 200));
    }

    @Test
    void landingPageAndCountsAreComputedOncePerVersion() throws Exception {
        get("/");
        assertEquals(0, workOf("/", 200));
        assertEquals(0, workOf("/void", 200), "VoID reuses the counts and fingerprint");
    }
}
