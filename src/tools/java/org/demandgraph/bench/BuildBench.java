package org.demandgraph.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.demandgraph.generate.ProfileGenerator;
import org.demandgraph.pipeline.DatasetLoader;
import org.demandgraph.vocab.Iris;
import org.demandgraph.pipeline.LoadResult;
import org.demandgraph.validate.Validation;

/**
 * One profile count: generate the profiles, then build them into a dataset with our loader and,
 * as the baseline, let RIOT parse our own N-Quads output of that dataset into an in-memory dataset.
 * Measures time (triples per second), retained heap (bytes per quad) and peak heap of both, and the
 * SHACL validation of our dataset.
 */
final class BuildBench {

    record Memory(long retained, long peak) {
        JsonObject json(long quads) {
            JsonObject json = new JsonObject();
            json.put("retainedBytes", retained);
            json.put("peakHeapBytes", peak);
            json.put("bytesPerQuad", Json.number(quads == 0 ? 0 : (double) retained / quads));
            return json;
        }
    }

    /** {@code parallel} is null unless the parallel build proposal was measured. */
    record Result(int profiles, long inputBytes, long quads, int rejected, Samples ours, Samples parallel,
                  long parallelQuads, Samples riot,
                  Memory oursMemory, Memory riotMemory, Samples validate, String validateNote,
                  DatasetGraph dataset) {

        double oursQuadsPerSecond() { return quads / ours.median(); }

        double riotQuadsPerSecond() { return quads / riot.median(); }

        double parallelQuadsPerSecond() { return parallel == null ? Double.NaN : parallelQuads / parallel.median(); }

        double secondsPerProfile() { return ours.median() / profiles; }
    }

    static final int WARM_UP_PROFILES = 1000;

    private final BenchOptions options;
    private final Iris iris = Iris.defaults();

    BuildBench(BenchOptions options) {
        this.options = options;
    }

    Result run(int count, boolean keepDataset) throws IOException {
        Path profilesDir = options.out().resolve("profiles-" + count);
        deleteTree(profilesDir);
        long inputBytes = new ProfileGenerator(options.seed()).write(profilesDir, count);
        List<Path> files;
        try (Stream<Path> listing = Files.list(profilesDir)) {
            files = listing.sorted().toList();
        }

        // warm-up on at most WARM_UP_PROFILES files: JIT compilation needs no more, and a large count stays affordable
        List<Path> warmUpFiles = files.subList(0, Math.min(files.size(), WARM_UP_PROFILES));
        Timed.warmUp(options.warmup(), () -> new DatasetLoader(iris).load(warmUpFiles));
        Timed<LoadResult> ours = Timed.run(options.repeat(), options.budgetSeconds(), () -> new DatasetLoader(iris).load(files));
        DatasetGraph dataset = ours.last.dataset();
        long quads = Iter.count(dataset.find());
        int rejected = ours.last.rejected().size();

        Path nquads = options.out().resolve("dataset-" + count + ".nq");
        try (OutputStream out = Files.newOutputStream(nquads)) {
            RDFDataMgr.write(out, dataset, Lang.NQUADS);
        }

        Validation validation = Validation.withBundledShapes();
        Timed.warmUp(options.warmup(), () -> validation.validate(dataset));
        Samples validate = Timed.run(options.repeat(), options.budgetSeconds(), () -> validation.validate(dataset)).seconds;
        String validateNote = null;
        DatasetGraph kept = keepDataset ? dataset : null;
        ours = Timed.forget(ours);

        Samples parallel = null;
        long parallelQuads = 0;
        if (options.parallel()) {
            int threads = Runtime.getRuntime().availableProcessors();
            Timed.warmUp(options.warmup(), () -> new DatasetLoader(iris).threads(threads).load(warmUpFiles));
            Timed<LoadResult> run = Timed.run(options.repeat(), options.budgetSeconds(),
                    () -> new DatasetLoader(iris).threads(threads).load(files));
            parallelQuads = Iter.count(run.last.dataset().find());
            parallel = run.seconds;
        }

        Timed.warmUp(options.warmup(), () -> riotLoad(nquads));
        Timed<DatasetGraph> riot = Timed.run(options.repeat(), options.budgetSeconds(), () -> riotLoad(nquads));

        return new Result(count, inputBytes, quads, rejected, ours.seconds, parallel, parallelQuads,
                riot.seconds, ours.memory, riot.memory,
                validate, validateNote, kept);
    }

    /**
     * The baseline: RIOT reading the finished N-Quads into Jena's fastest in-memory dataset
     * ({@code createGeneral()}: one {@code GraphMem2Fast} per named graph).
     */
    static DatasetGraph riotLoad(Path nquads) {
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        RDFParser.source(nquads).lang(Lang.NQUADS).parse(dataset);
        return dataset;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
