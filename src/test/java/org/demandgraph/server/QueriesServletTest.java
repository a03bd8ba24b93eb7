package org.demandgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /queries/*} serves the catalogue's text; {@code /assets/echarts/*} the bundled library. */
class QueriesServletTest {

    static final Path QUERIES = Path.of(System.getProperty("demandgraph.project.dir", ".")).resolve("queries");
    static ChartsServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = new ChartsServer(DatasetGraphFactory.createTxnMem());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(server.url(path)));
        if (accept != null) req.header("Accept", accept);
        return HTTP.send(req.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesEachQueryAsTextABrowserShows() throws Exception {
        HttpResponse<String> r = get("/queries/operations-by-year.rq", "text/html,*/*");
        assertEquals(200, r.statusCode());
        assertEquals("text/plain;charset=utf-8", r.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
        assertEquals(Files.readString(QUERIES.resolve("operations-by-year.rq")), r.body());
    }

    @Test
    void servesTheSparqlQueryTypeWhenAskedForIt() throws Exception {
        HttpResponse<String> r = get("/queries/coverage-by-state.rq", "application/sparql-query");
        assertEquals(200, r.statusCode());
        assertEquals("application/sparql-query;charset=utf-8", r.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
    }

    @Test
    void listsTheCatalogue() throws Exception {
        HttpResponse<String> r = get("/queries/", null);
        assertEquals(200, r.statusCode());
        List<String> expected;
        try (var files = Files.list(QUERIES)) {
            expected = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted().toList();
        }
        assertEquals(expected, r.body().lines().toList());
    }

    @Test
    void unknownOrUnsafeNamesAreNotFound() throws Exception {
        for (String path : List.of("/queries/nope.rq", "/queries/..%2Fpom.xml", "/queries/Operations-By-Year.rq",
                "/queries/operations-by-year", "/queries/a/b.rq")) {
            int status = get(path, null).statusCode();
            assertTrue(status == 404 || status == 400, path + ": " + status); // Jetty refuses an encoded slash itself
        }
    }

    @Test
    void servesEchartsFromTheWebjar() throws Exception {
        HttpResponse<String> r = get("/assets/echarts/echarts.min.js", null);
        assertEquals(200, r.statusCode());
        assertEquals("text/javascript;charset=utf-8", r.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
        assertTrue(r.body().contains("5.3.1"), "not the echarts bundle of the pom's version");
        assertEquals(404, get("/assets/echarts/package.json", null).statusCode());
        assertEquals(404, get("/assets/echarts/../echarts.min.js.map", null).statusCode());
    }
}
