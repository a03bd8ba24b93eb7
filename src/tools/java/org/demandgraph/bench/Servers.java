package org.demandgraph.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.demandgraph.graph.UnionView;
import org.demandgraph.server.DemandServer;
import org.demandgraph.server.ServerSetup;
import org.demandgraph.vocab.Iris;

/**
 * The two servers compared on one dataset, both on 127.0.0.1 on a free port: a bare {@link FusekiServer}
 * ({@code /ds}, its default graph the union as ours, so the catalogue's queries mean the same), and ours,
 * configured exactly as {@code serve} configures it ({@link ServerSetup}).
 */
final class Servers {

    /** A running server: where to send SPARQL, how to ask for one resource's description. */
    interface Running extends AutoCloseable {
        String sparqlUrl();

        /** The URL that returns the description of {@code iri} (a data IRI under {@code base}). */
        String describeUrl(String iri, String base);

        @Override
        void close();
    }

    private Servers() {}

    static Running bareFuseki(DatasetGraph dataset) {
        FusekiServer server = FusekiServer.create().port(0).loopback(true).add("/ds", UnionView.of(dataset), false)
                .build().start();
        String root = "http://127.0.0.1:" + server.getPort() + "/ds";
        return new Running() {
            public String sparqlUrl() { return root + "/sparql"; }

            public String describeUrl(String iri, String base) {
                return sparqlUrl() + "?query=" + URLEncoder.encode("DESCRIBE <" + iri + ">", StandardCharsets.UTF_8);
            }

            public void close() { server.stop(); }
        };
    }

    /** Ours, as {@code serve} starts it (the dataset already {@link ServerSetup#prepare prepared}). */
    static Running ours(DatasetGraph dataset, Iris iris) {
        DemandServer server = ServerSetup.builder(dataset, iris).port(0).start();
        String root = server.baseUrl();
        return new Running() {
            public String sparqlUrl() { return server.sparqlUrl(); }

            public String describeUrl(String iri, String base) { return root + "/" + iri.substring(base.length()); }

            public void close() { server.close(); }
        };
    }
}
