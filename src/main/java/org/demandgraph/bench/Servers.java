package org.demandgraph.bench;

import java.lang.reflect.Method;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.demandgraph.vocab.Iris;
import org.demandgraph.server.linkeddata.LinkedDataRoutes;

/**
 * The two servers compared on one dataset: a bare {@link FusekiServer} ({@code /ds}), and ours,
 * {@code org.demandgraph.server.DemandServer} ({@code /kg}, linked-data paths at the root), looked
 * up at run time while that stage is being written. Both on 127.0.0.1, on a free port.
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
        FusekiServer server = FusekiServer.create().port(0).loopback(true).add("/ds", dataset, false).build().start();
        String root = "http://127.0.0.1:" + server.getPort() + "/ds";
        return new Running() {
            public String sparqlUrl() { return root + "/sparql"; }

            public String describeUrl(String iri, String base) {
                return sparqlUrl() + "?query=" + URLEncoder.encode("DESCRIBE <" + iri + ">", StandardCharsets.UTF_8);
            }

            public void close() { server.stop(); }
        };
    }

    /**
     * Our linked-data routes ({@link LinkedDataRoutes}) on a Fuseki server with the dataset at
     * {@code /kg}: what dereferencing an IRI goes through in our server.
     */
    static Running linkedData(DatasetGraph dataset, Iris iris) {
        FusekiServer server = LinkedDataRoutes.install(
                FusekiServer.create().port(0).loopback(true).add("/kg", dataset, false), dataset, iris).build().start();
        String root = "http://127.0.0.1:" + server.getPort();
        return new Running() {
            public String sparqlUrl() { return root + "/kg/sparql"; }

            public String describeUrl(String iri, String base) { return root + "/" + iri.substring(base.length()); }

            public void close() { server.stop(); }
        };
    }

    /** Ours, when the server stage is on the class path. */
    static Optional<Running> ours(DatasetGraph dataset) {
        Object server;
        Class<?> type;
        try {
            type = Class.forName("org.demandgraph.server.DemandServer");
            Object builder = type.getMethod("builder", DatasetGraph.class).invoke(null, dataset);
            builder = builder.getClass().getMethod("port", int.class).invoke(builder, 0);
            server = builder.getClass().getMethod("start").invoke(builder);
        } catch (ReflectiveOperationException | LinkageError e) {
            return Optional.empty();
        }
        String sparql = call(type, server, "sparqlUrl");
        String root = call(type, server, "baseUrl");
        Object started = server;
        return Optional.of(new Running() {
            public String sparqlUrl() { return sparql; }

            public String describeUrl(String iri, String base) {
                return (root.endsWith("/") ? root : root + "/") + iri.substring(base.length());
            }

            public void close() { call(type, started, "close"); }
        });
    }

    private static String call(Class<?> type, Object target, String method) {
        try {
            Method m = type.getMethod(method);
            Object value = m.invoke(target);
            return value == null ? null : value.toString();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("DemandServer." + method + " failed", e);
        }
    }
}
