package org.demandgraph.graph;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * Inputs → one dataset. Paths are profile files ({@code .txt}), dataset files ({@code .trig}, {@code .nq},
 * {@code .jsonld}, {@code .ttl}, {@code .nt}), or folders of either (walked recursively, in sorted order).
 * Profiles are read, parsed, extracted and mapped into one named graph each, beside the ontology graph.
 * A bad input never throws: it is recorded as a {@link Rejection} and the rest still loads.
 * (Implementation owned by the graph work; this is its public shape.)
 */
public final class DatasetLoader {

    /** Told about each input as it is done; the build command drives a progress bar with it. */
    public interface Progress {
        Progress NONE = (done, total) -> {};

        void step(int done, int total);
    }

    private final Iris iris;

    public DatasetLoader(Iris iris) {
        this.iris = iris;
    }

    public LoadResult load(List<Path> paths) {
        return load(paths, Progress.NONE);
    }

    public LoadResult load(List<Path> paths, Progress progress) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        return new LoadResult(dataset, 0, 0, List.of());
    }
}
