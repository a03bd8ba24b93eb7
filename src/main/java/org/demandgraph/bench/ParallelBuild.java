package org.demandgraph.bench;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.demandgraph.extract.Extractor;
import org.demandgraph.vocab.Iris;
import org.demandgraph.graph.Ontology;
import org.demandgraph.graph.ProfileMapper;
import org.demandgraph.profile.Profile;
import org.demandgraph.profile.ProfileReader;

/**
 * A proposed parallel build path, measured beside {@link org.demandgraph.graph.DatasetLoader}: each
 * profile file is read, parsed, extracted and mapped on a worker thread into a dataset of its own,
 * and the results are linked into one dataset in file order (so the outcome does not depend on
 * thread timing). A bounded window of files in flight keeps memory flat (never all texts at once).
 * Profile files only; a file that fails is counted, not loaded (the loader's rejection rules are
 * the loader's).
 */
final class ParallelBuild {

    record Result(DatasetGraph dataset, int profiles, int failed) {}

    /** The stages one worker thread uses: none of them is shared between threads. */
    private static final class Stages {
        final ProfileReader reader = new ProfileReader();
        final Extractor extractor = new Extractor();
        final ProfileMapper mapper;

        Stages(Iris iris) {
            mapper = new ProfileMapper(iris);
        }
    }

    private final Iris iris;
    private final int threads;

    ParallelBuild(Iris iris, int threads) {
        this.iris = iris;
        this.threads = threads;
    }

    Result load(List<Path> files) {
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        ThreadLocal<Stages> stages = ThreadLocal.withInitial(() -> new Stages(iris));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        int window = threads * 16, profiles = 0, failed = 0;
        Deque<Future<DatasetGraph>> inFlight = new ArrayDeque<>();
        try {
            int next = 0;
            while (next < files.size() || !inFlight.isEmpty()) {
                while (next < files.size() && inFlight.size() < window) {
                    Path file = files.get(next++);
                    inFlight.add(pool.submit(() -> one(stages.get(), file)));
                }
                DatasetGraph part = await(inFlight.poll());
                if (part == null) failed++;
                else {
                    link(part, dataset);
                    profiles++;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        if (profiles > 0)
            GraphUtil.addInto(dataset.getGraph(NodeFactory.createURI(iris.ontologyGraph())), Ontology.graph(iris));
        return new Result(dataset, profiles, failed);
    }

    private static DatasetGraph one(Stages stages, Path file) {
        try {
            Profile profile = stages.reader.read(file);
            DatasetGraph part = DatasetGraphFactory.createGeneral();
            stages.mapper.map(profile, stages.extractor.extract(profile), part);
            return part;
        } catch (Exception e) {
            return null;
        }
    }

    /** A profile's named graph is new to the dataset: link the graph itself instead of copying its triples. */
    private static void link(DatasetGraph part, DatasetGraph into) {
        List<Node> names = new ArrayList<>();
        part.listGraphNodes().forEachRemaining(names::add);
        for (Node name : names) {
            if (into.containsGraph(name)) GraphUtil.addInto(into.getGraph(name), part.getGraph(name));
            else into.addGraph(name, part.getGraph(name));
        }
        if (!part.getDefaultGraph().isEmpty()) GraphUtil.addInto(into.getDefaultGraph(), part.getDefaultGraph());
    }

    private static DatasetGraph await(Future<DatasetGraph> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            return null;
        }
    }
}
