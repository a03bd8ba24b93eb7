package org.demandgraph.server.linkeddata;

import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.demandgraph.graph.Iris;

/**
 * Registers everything a linked-data client or a person in a browser sees outside {@code /kg}:
 * the landing page {@code /}, resource descriptions at the path of every IRI under the base,
 * {@code /void} (and {@code /.well-known/void}), {@code /dumps/*} and {@code /assets/*}.
 *
 * <p>Descriptions are mounted per top-level segment ({@code /jurisdiction/*}, {@code /tactic/*}, ...,
 * plus any other first segment the data's IRIs use), because Fuseki keeps {@code /} for its own
 * static files or 404 servlet.
 */
public final class LinkedDataRoutes {

    /** First path segments every dataset of the contract uses; more are found in the data. */
    static final List<String> SEGMENTS = List.of("jurisdiction", "tactic", "profile", "operation", "actor", "source", "graph");

    /** Paths that belong to the server, never to data IRIs. */
    static final Set<String> RESERVED = Set.of("kg", "$", "ui", "void", "dumps", "assets", ".well-known", "");

    private LinkedDataRoutes() {}

    /** With the default SPARQL path {@code /kg/sparql} and query editor {@code /ui/}. */
    public static FusekiServer.Builder install(FusekiServer.Builder builder, DatasetGraph dsg, Iris iris) {
        return install(builder, dsg, iris, SiteInfo.DEFAULT_SPARQL, SiteInfo.DEFAULT_QUERY_EDITOR);
    }

    public static FusekiServer.Builder install(FusekiServer.Builder builder, DatasetGraph dsg, Iris iris,
            String sparqlPath, String queryEditorPath) {
        Links links = new Links(iris);
        SiteInfo site = new SiteInfo(iris.base(), sparqlPath, queryEditorPath);
        Templates templates = new Templates();
        DatasetSnapshot snapshot = new DatasetSnapshot(dsg);
        Supplier<DatasetStats> stats = memo(() -> DatasetStats.compute(dsg));

        ResourceServlet resources = new ResourceServlet(snapshot, links, templates, site);
        for (String segment : segments(dsg, iris)) {
            builder.addServlet("/" + segment + "/*", resources);
        }
        builder.addServlet("/ontology", resources);
        builder.addServlet("", new LandingServlet(snapshot, stats, links, templates, site));
        VoidServlet voidServlet = new VoidServlet(snapshot, stats, links, templates, site);
        builder.addServlet("/void", voidServlet);
        builder.addServlet("/.well-known/void", voidServlet);
        builder.addServlet("/dumps/*", new DumpServlet(snapshot));
        builder.addServlet("/assets/*", new AssetServlet());
        return builder;
    }

    /** {@link #SEGMENTS} plus the first path segment of every subject IRI under the base. */
    static Set<String> segments(DatasetGraph dsg, Iris iris) {
        Set<String> out = new TreeSet<>(SEGMENTS);
        String base = iris.base();
        Txn.executeRead(dsg, () -> {
            Iterator<Quad> it = dsg.find();
            while (it.hasNext()) {
                Node s = it.next().getSubject();
                if (!s.isURI() || !s.getURI().startsWith(base)) continue;
                String rest = s.getURI().substring(base.length());
                int slash = rest.indexOf('/');
                String first = slash < 0 ? null : rest.substring(0, slash);
                if (first != null && first.matches("[A-Za-z0-9._~-]+") && !RESERVED.contains(first)) out.add(first);
            }
        });
        return out;
    }

    private static <T> Supplier<T> memo(Supplier<T> compute) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) value = compute.get();
                return value;
            }
        };
    }
}
