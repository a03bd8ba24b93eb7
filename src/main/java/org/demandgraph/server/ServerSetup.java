package org.demandgraph.server;

import java.util.function.BooleanSupplier;
import org.apache.jena.sparql.core.DatasetGraph;
import org.demandgraph.server.linkeddata.LinkedDataRoutes;
import org.demandgraph.server.linkeddata.Links;
import org.demandgraph.server.linkeddata.SiteInfo;
import org.demandgraph.pipeline.LoadResult;
import org.demandgraph.validate.Quality;
import org.demandgraph.validate.Validation;
import org.demandgraph.vocab.Iris;

/**
 * The one configuration of the served knowledge graph: the dataset {@code serve} serves and the server
 * it starts. {@code bench} measures exactly this, through the same two calls.
 */
public final class ServerSetup {

    private ServerSetup() {}

    /**
     * The dataset as {@code build} writes it: the loaded data with its completeness in the quality
     * graph (so a dump equals {@code build}'s file and the completeness queries answer).
     */
    public static DatasetGraph prepare(DatasetGraph loaded, Iris iris) {
        Validation.withBundledShapes().summariseInto(loaded, iris);
        return loaded;
    }

    /**
     * As {@link #prepare(DatasetGraph, Iris)}, but a build's file keeps the quality graph it carries
     * ({@link Quality#ensure}): serving a {@code build} output does not validate it again.
     */
    public static DatasetGraph prepare(LoadResult loaded, Iris iris) {
        Quality.ensure(loaded, iris);
        return loaded.dataset();
    }

    /**
     * What {@link #prepare(LoadResult, Iris)} does, as a step {@code serve} runs once the server answers
     * ({@link QualityCheck#start}): validates when the data needs it, writing the quality graph into the loaded
     * dataset (which must be the one served: an indexed load, see {@code DatasetLoader.indexed()}), and
     * tells whether it did.
     */
    public static BooleanSupplier qualityStep(LoadResult loaded, Iris iris) {
        return () -> Quality.ensure(loaded, iris);
    }

    /**
     * The server on a dataset: SPARQL, SHACL validation against the bundled shapes, and the linked-data
     * routes (pages, descriptions, VoID, dumps), the research editor ({@code /editor}, where the pages'
     * editor links lead) and the tidy exports ({@code /exports/}).
     * Port, timeout and update password are left to the caller.
     */
    public static DemandServer.Builder builder(DatasetGraph dataset, Iris iris) {
        return builder(dataset, iris, QualityCheck.current());
    }

    /** As {@link #builder(DatasetGraph, Iris)}, the landing page saying what {@code quality} says of the quality graph. */
    public static DemandServer.Builder builder(DatasetGraph dataset, Iris iris, QualityCheck quality) {
        DemandServer.Builder builder = DemandServer.builder(dataset).shacl(Validation.withBundledShapes()::validate, iris);
        // Pages and exports read the very dataset /kg serves (its quad indexes, through the request
        // deadline), and are computed again after an update moves the data version on.
        DatasetGraph pages = builder.served();
        DataVersion version = builder.dataVersion();
        return builder
                .addServlet(ExportsServlet.PATH + "/*", new ExportsServlet(pages))
                .addServlet(EditorServlet.PATH, new EditorServlet(new Links(iris)))
                .customize(fuseki -> LinkedDataRoutes.install(fuseki, pages, iris, SiteInfo.DEFAULT_SPARQL,
                        EditorServlet.PATH, version, quality));
    }
}
