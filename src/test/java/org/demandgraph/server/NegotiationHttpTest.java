package org.demandgraph.server;

import static org.demandgraph.server.ServerFixture.encode;
import static org.demandgraph.server.ServerFixture.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.demandgraph.vocab.Iris;
import org.demandgraph.server.linkeddata.LinkedDataRoutes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The same Accept header gets the same kind of answer from every endpoint of the real server:
 * pages, {@code /kg/sparql} (results, graphs, service description), {@code /kg/get}, {@code /kg/shacl}
 * and the dumps. Each row is one header; each column the expected media type (or status) per endpoint,
 * worked out by hand from RFC 9110 and each endpoint's list of syntaxes (first = default).
 */
class NegotiationHttpTest {

    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8";

    static DemandServer server;
    static Map<String, String> endpoints = new LinkedHashMap<>();

    @BeforeAll
    static void start() {
        DatasetGraph dsg = ServerFixture.twoProfiles();
        server = DemandServer.builder(dsg).port(0).shacl(ServerFixture::validateWithTestShape)
                .customize(b -> LinkedDataRoutes.install(b, dsg, Iris.defaults())).start();
        String base = server.baseUrl();
        endpoints.put("page", base + "/jurisdiction/us/ct/norwich");
        endpoints.put("select", server.sparqlUrl() + "?query=" + encode("SELECT * WHERE { ?s ?p ?o } LIMIT 1"));
        endpoints.put("construct", server.sparqlUrl() + "?query=" + encode("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1"));
        endpoints.put("service", server.sparqlUrl());
        endpoints.put("dataset", server.graphStoreUrl());
        endpoints.put("graph", server.graphStoreUrl() + "?default");
        endpoints.put("shacl", server.shaclUrl() + "?graph=default");
        endpoints.put("dump", base + "/dumps/demandgraph.trig");
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @ParameterizedTest(name = "Accept: {0}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
            // accept | page | select | construct | service | dataset | graph | shacl | dump
            "NONE | text/turtle | application/sparql-results+json | text/turtle | text/turtle | application/trig | text/turtle | text/turtle | application/trig",
            "*/* | text/turtle | application/sparql-results+json | text/turtle | text/turtle | application/trig | text/turtle | text/turtle | application/trig",
            BROWSER + " | text/html | application/sparql-results+xml | text/turtle | 303 | application/trig | text/turtle | text/turtle | application/trig",
            "application/xhtml+xml | text/html | 406 | 406 | 303 | 406 | 406 | 406 | 406",
            "application/json | application/ld+json | application/sparql-results+json | application/ld+json | application/ld+json | application/ld+json | application/ld+json | application/ld+json | 406",
            "text/* | text/turtle | text/csv | text/turtle | text/turtle | 406 | text/turtle | text/turtle | 406",
            "image/png | 406 | 406 | 406 | 406 | 406 | 406 | 406 | 406",
            "'text/turtle;q=0.5, application/ld+json' | application/ld+json | 406 | application/ld+json | application/ld+json | application/ld+json | application/ld+json | application/ld+json | 406",
            "'*/*, text/turtle;q=0' | application/ld+json | application/sparql-results+json | application/ld+json | application/ld+json | application/trig | application/ld+json | application/ld+json | application/trig",
            "'application/n-quads, text/tab-separated-values;q=0.5' | 406 | text/tab-separated-values | 406 | 406 | application/n-quads | 406 | 406 | 406",
    })
    void oneHeaderOneAnswerEverywhere(String accept, String page, String select, String construct, String service,
            String dataset, String graph, String shacl, String dump) {
        String[] expected = {page, select, construct, service, dataset, graph, shacl, dump};
        int i = 0;
        for (Map.Entry<String, String> e : endpoints.entrySet()) {
            String want = expected[i++];
            HttpResponse<String> r = get(e.getValue(), accept);
            String where = e.getKey() + " with Accept: " + accept;
            if (want.matches("\\d{3}")) {
                assertEquals(Integer.parseInt(want), r.statusCode(), where + "\n" + r.body());
                if (want.equals("406")) assertTrue(r.body().contains("Available: "), where + ": " + r.body());
            } else {
                assertEquals(200, r.statusCode(), where + "\n" + r.body());
                String type = r.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", "").trim();
                assertEquals(want, type, where);
            }
        }
    }
}
