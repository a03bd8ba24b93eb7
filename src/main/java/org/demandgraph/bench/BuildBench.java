package org.demandgraph.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.ref.Reference;
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
import org.demandgraph.graph.DatasetLoader;
import org.demandgraph.graph.Iris;
import org.demandgraph.graph.LoadResult;

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

    record Result(int profiles, long inputBytes, long quads, int rejected, Samples ours, Samples riot,
                  Memory oursMemory, Memory riotMemory, Samples validate, String validateNote,
                  DatasetGraph dataset) {

        double oursQuadsPerSecond() { return quads / ours.median(); }

        double riotQuadsPerSecond() { return quads / riot.median(); }

        double secondsPerProfile() { return ours.median() / profiles; }
    }

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

        // memory first: it doubles as the first warm-up
        long before = Heap.usedAfterGc();
        Heap.resetPeak();
        LoadResult loaded = new DatasetLoader(iris).load(files);
        long peak = Heap.peak() - before;
        long retained = Heap.usedAfterGc() - before;
        Memory oursMemory = new Memory(retained, peak);
        DatasetGraph dataset = loaded.dataset();
        long quads = Iter.count(dataset.find());
        int rejected = loaded.rejected().size();

        Path nquads = options.out().resolve("dataset-" + count + ".nq");
        try (OutputStream out = Files.newOutputStream(nquads)) {
            RDFDataMgr.write(out, dataset, Lang.NQUADS);
        }

        Samples validate = null;
        String validateNote = "not available (org.demandgraph.validate.Validation not on the class path)";
        var validation = ValidationStage.find();
        if (validation.isPresent()) {
            validate = Timed.run(options.warmup(), options.repeat(), () -> validation.get().validate(dataset)).seconds;
            validateNote = null;
        }
        Reference.reachabilityFence(loaded);
        loaded = null;
        DatasetGraph kept = keepDataset ? dataset : null;

        Samples ours = Timed.run(Math.max(0, options.warmup() - 1), options.repeat(),
                () -> new DatasetLoader(iris).load(files)).seconds;

        before = Heap.usedAfterGc();
        Heap.resetPeak();
        DatasetGraph parsed = riotLoad(nquads);
        peak = Heap.peak() - before;
        retained = Heap.usedAfterGc() - before;
        Memory riotMemory = new Memory(retained, peak);
        Reference.reachabilityFence(parsed);
        parsed = null;
        Samples riot = Timed.run(Math.max(0, options.warmup() - 1), options.repeat(), () -> riotLoad(nquads)).seconds;

        return new Result(count, inputBytes, quads, rejected, ours, riot, oursMemory, riotMemory,
                validate, validateNote, kept);
    }

    /** The baseline: RIOT reading finished N-Quads into the same kind of dataset our loader makes. */
    static DatasetGraph riotLoad(Path nquads) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
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
