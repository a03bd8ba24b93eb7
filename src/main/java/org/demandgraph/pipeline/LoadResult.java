package org.demandgraph.pipeline;

import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * What {@link DatasetLoader} made of its inputs: the dataset (ontology graph + one named graph per
 * profile, or the quads of dataset files), how many profiles and dataset files went in, and the files
 * rejected (sorted by file name).
 */
public record LoadResult(DatasetGraph dataset, int profiles, int datasetFiles, List<Rejection> rejected) {

    public LoadResult {
        rejected = List.copyOf(rejected);
    }

    public boolean hasRejections() {
        return !rejected.isEmpty();
    }
}
