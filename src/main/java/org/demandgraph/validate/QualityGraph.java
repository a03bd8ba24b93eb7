package org.demandgraph.validate;

import org.apache.jena.sparql.core.DatasetGraph;
import org.demandgraph.graph.Iris;

/**
 * The quality graph ({@code {base}graph/quality}) wherever data is loaded: {@code build} writes it into
 * its output, and {@code serve} and {@code query} add it to what they load, so that the completeness
 * queries (queries/profiles-by-completeness.rq) answer on profiles as well as on built datasets. A
 * dataset file that already carries a quality graph gets it recomputed for exactly the data loaded.
 */
public final class QualityGraph {

    private QualityGraph() {}

    /** Validates the dataset with the bundled shapes, writes its completeness, and returns the summary. */
    public static ValidationSummary addTo(DatasetGraph dataset, Iris iris) {
        ValidationSummary summary = Validation.withBundledShapes().summarise(dataset);
        summary.completeness().writeTo(dataset, iris);
        return summary;
    }
}
