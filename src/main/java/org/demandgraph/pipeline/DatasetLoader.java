package org.demandgraph.pipeline;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.mem.DatasetGraphInMemory;
import org.apache.jena.system.Txn;
import org.demandgraph.graph.Ontology;
import org.demandgraph.vocab.Iris;

/**
 * The pipeline: inputs → one dataset. Paths are profile files ({@code .txt}), RDF files (any
 * {@link org.demandgraph.rdfio.RdfSyntax}, optionally gzipped), or folders of either, walked by
 * {@link InputWalker}. A file named explicitly is an RDF file by its extension, else a profile. Profiles
 * are read, parsed, extracted and mapped into one named graph each, beside the ontology graph. A bad
 * input never throws: it is recorded as a {@link Rejection} and the rest still loads. A second profile
 * of the same jurisdiction is rejected.
 *
 * <p>With {@link #threads(int) several threads} each file is made into a part of its own on a worker
 * thread, and the parts are linked into the dataset in file order by the calling thread, exactly as one
 * thread does it: the result (quads, counts, rejections) does not depend on the thread count.
 */
public final class DatasetLoader {

    /** Told about each input as it is done; the build command drives a progress bar with it. */
    public interface Progress {
        Progress NONE = (done, total) -> {};

        void step(int done, int total);
    }

    private final Iris iris;
    private final int threads;
    private final boolean indexed;
    /** The indexed dataset to load into, or null for a new one per load. */
    private final DatasetGraph into;

    public DatasetLoader(Iris iris) {
        this(iris, 1, false, null);
    }

    private DatasetLoader(Iris iris, int threads, boolean indexed, DatasetGraph into) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        this.iris = iris;
        this.threads = threads;
        this.indexed = indexed;
        this.into = into;
    }

    /** The same loader, making parts on {@code threads} worker threads. */
    public DatasetLoader threads(int threads) {
        return new DatasetLoader(iris, threads, indexed, into);
    }

    /**
     * The same loader, linking the parts straight into Jena's transactional in-memory dataset
     * ({@link DatasetGraphFactory#createTxnMem()}, quad indexes: the class the server serves, so it
     * needs no second copy) in one write transaction, instead of a map of one graph per named graph.
     */
    public DatasetLoader indexed() {
        return new DatasetLoader(iris, threads, true, null);
    }

    /**
     * As {@link #indexed()}, into {@code target}, an empty dataset of that class made beforehand: {@code serve}
     * builds its server around it while the inputs load. Other threads see it empty until the load commits.
     */
    public DatasetLoader indexedInto(DatasetGraph target) {
        if (!(target instanceof DatasetGraphInMemory))
            throw new IllegalArgumentException("not Jena's transactional in-memory dataset: " + target.getClass().getName());
        return new DatasetLoader(iris, threads, true, target);
    }

    public LoadResult load(List<Path> paths) {
        return load(paths, Progress.NONE);
    }

    public LoadResult load(List<Path> paths, Progress progress) {
        if (!indexed) return load(paths, progress, DatasetGraphFactory.createGeneral());
        DatasetGraph target = into != null ? into : DatasetGraphFactory.createTxnMem();
        return Txn.calculateWrite(target, () -> load(paths, progress, target));
    }

    private LoadResult load(List<Path> paths, Progress progress, DatasetGraph target) {
        InputWalker.Walk walk = InputWalker.inputs(paths);
        Linker linker = new Linker(target, walk.rejected());
        List<Path> files = walk.files();
        if (threads == 1) {
            InputPart.Stages stages = new InputPart.Stages(iris);
            for (int i = 0; i < files.size(); i++) {
                linker.link(stages.make(files.get(i)));
                progress.step(i + 1, files.size());
            }
        } else {
            inParallel(files, linker, progress);
        }
        return linker.finish();
    }

    /** A bounded window of files in flight keeps memory flat; parts are linked in file order. */
    private void inParallel(List<Path> files, Linker linker, Progress progress) {
        ThreadLocal<InputPart.Stages> stages = ThreadLocal.withInitial(() -> new InputPart.Stages(iris));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "demandgraph-load");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<InputPart>> inFlight = new ArrayDeque<>();
        try {
            int next = 0, done = 0;
            while (next < files.size() || !inFlight.isEmpty()) {
                while (next < files.size() && inFlight.size() < threads * 16) {
                    Path file = files.get(next++);
                    inFlight.add(pool.submit(() -> stages.get().make(file)));
                }
                linker.link(await(inFlight.poll()));
                progress.step(++done, files.size());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static InputPart await(Future<InputPart> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("loading failed", e.getCause());
        }
    }

    /** Links parts into the dataset in order: duplicate check, counts, rejections. */
    private final class Linker {
        private final DatasetGraph dataset;
        private final Map<Node, String> loadedFrom = new HashMap<>();
        private final List<Rejection> rejected;
        private int profiles;
        private int datasetFiles;

        Linker(DatasetGraph dataset, List<Rejection> walkRejections) {
            this.dataset = dataset;
            this.rejected = new ArrayList<>(walkRejections);
        }

        void link(InputPart part) {
            String name = part.file().toString();
            if (part.graph() != null) {
                String earlier = loadedFrom.get(part.graph());
                if (earlier != null || dataset.containsGraph(part.graph())) {
                    rejected.add(new Rejection(name, part.titleLine(), "duplicate profile of " + part.title()
                            + ": already loaded" + (earlier != null ? " from " + earlier : " from a dataset file")));
                    return;
                }
            }
            if (part.rejection() != null) {
                rejected.add(part.rejection());
                return;
            }
            if (part.profile()) {
                linkGraphs(part.quads());
                loadedFrom.put(part.graph(), name);
                profiles++;
            } else {
                part.quads().find().forEachRemaining(dataset::add);
                datasetFiles++;
            }
        }

        /** A profile's named graph is new to the dataset: link the graph itself instead of copying its triples. */
        private void linkGraphs(DatasetGraph part) {
            List<Node> names = new ArrayList<>();
            part.listGraphNodes().forEachRemaining(names::add);
            for (Node graph : names) {
                if (dataset.containsGraph(graph)) GraphUtil.addInto(dataset.getGraph(graph), part.getGraph(graph));
                else dataset.addGraph(graph, part.getGraph(graph));
            }
            if (!part.getDefaultGraph().isEmpty()) GraphUtil.addInto(dataset.getDefaultGraph(), part.getDefaultGraph());
        }

        LoadResult finish() {
            // once, unless a dataset file brought it already (its blank nodes would be copied twice)
            Node ontology = NodeFactory.createURI(iris.ontologyGraph());
            if (profiles > 0 && (!dataset.containsGraph(ontology) || dataset.getGraph(ontology).isEmpty()))
                GraphUtil.addInto(dataset.getGraph(ontology), Ontology.graph(iris));
            rejected.sort(Comparator.comparing(Rejection::file).thenComparingInt(Rejection::line));
            return new LoadResult(dataset, profiles, datasetFiles, rejected);
        }
    }
}
