package org.demandgraph.server.linkeddata;

import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.demandgraph.vocab.Iris;
import org.demandgraph.server.DataVersion;
import org.demandgraph.server.EchartsServlet;
import org.demandgraph.server.QualityCheck;
import org.demandgraph.server.QueriesServlet;

/**
 * Registers everything a linked-data client or a person in a browser sees outside {@code /kg}:
 * the landing page {@code /}, resource descriptions at the path of every IRI under the base,
 * {@code /void} (and {@code /.well-known/void}), {@code /dumps/*}, {@code /assets/*}, the shapes
 * ({@code /shapes}) and the JSON-LD context ({@code /context.jsonld}).
 *
 * <p>Descriptions are mounted per top-level segment of the IRIs {@link Iris} mints ({@code /jurisdiction/*},
 * {@code /tactic/*}, ...; {@code {base}void#dataset} is answered by {@code /void}), because Fuseki keeps
 * {@code /} for its own static files or 404 servlet. Nothing is computed at start-up: the content
 * fingerprint, counts, dumps and rendered pages are computed on first use and kept until the data
 * changes ({@link DatasetSnapshot}): give it the dataset the server serves and its version
 * ({@code DemandServer.Builder.served()} and {@code dataVersion()}), so that an update through
 * {@code /kg/update} is seen.
 */
public final class LinkedDataRoutes {

    /** The first path segments of every IRI {@link Iris} mints. */
    static final List<String> SEGMENTS = List.of("jurisdiction", "tactic", "profile", "operation", "actor", "source", "graph", "quality");

    private LinkedDataRoutes() {}

    /** With the default SPARQL path {@code /kg/sparql} and query editor {@code /ui/}. */
    public static FusekiServer.Builder install(FusekiServer.Builder builder, DatasetGraph dsg, Iris iris) {
        return install(builder, dsg, iris, SiteInfo.DEFAULT_SPARQL, SiteInfo.DEFAULT_QUERY_EDITOR);
    }

    /** For data that never changes while served. */
    public static FusekiServer.Builder install(FusekiServer.Builder builder, DatasetGraph dsg, Iris iris,
            String sparqlPath, String queryEditorPath) {
        return install(builder, dsg, iris, sparqlPath, queryEditorPath, new DataVersion());
    }

    /** What is computed from the data is computed again whenever {@code version} moves on (after an update). */
    public static FusekiServer.Builder install(FusekiServer.Builder builder, DatasetGraph dsg, Iris iris,
            String sparqlPath, String queryEditorPath, DataVersion version) {
        return install(builder, dsg, iris, sparqlPath, queryEditorPath, version, QualityCheck.current());
    }

    /** As above, the landing page saying what {@code quality} says while the quality graph is not current. */
    public static FusekiServer.Builder install(FusekiServer.Builder builder, DatasetGraph dsg, Iris iris,
            String sparqlPath, String queryEditorPath, DataVersion version, QualityCheck quality) {
        Links links = new Links(iris);
        SiteInfo site = new SiteInfo(iris.base(), sparqlPath, queryEditorPath);
        Templates templates = new Templates();
        DatasetSnapshot snapshot = new DatasetSnapshot(dsg, version);
        builder.addServletAttribute(DatasetSnapshot.class.getName(), snapshot);

        ResourceServlet resources = new ResourceServlet(snapshot, links, templates, site);
        for (String segment : SEGMENTS) {
            builder.addServlet("/" + segment + "/*", resources);
        }
        builder.addServlet("/ontology", resources);
        builder.addServlet("/ontology/*", resources); // its owl:versionIRI
        builder.addServlet("/dataset", resources);    // {base}dataset, what the quality graph measures
        builder.addServlet("/shapes", new ShapesServlet(links, templates, site));
        builder.addServlet(ContextServlet.PATH, new ContextServlet());
        builder.addServlet("", new LandingServlet(snapshot, links, templates, site, quality));
        VoidServlet voidServlet = new VoidServlet(snapshot, links, templates, site);
        builder.addServlet("/void", voidServlet);
        builder.addServlet("/.well-known/void", voidServlet);
        builder.addServlet("/dumps/*", new DumpServlet(snapshot));
        builder.addServlet("/assets/*", new AssetServlet());
        builder.addServlet(QueriesServlet.PATH + "/*", new QueriesServlet());
        builder.addServlet(EchartsServlet.PATH + "/*", new EchartsServlet());
        return builder;
    }
}
