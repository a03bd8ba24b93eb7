package org.demandgraph.server.linkeddata;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.demandgraph.pipeline.DatasetLoader;
import org.demandgraph.server.ServerSetup;
import org.demandgraph.vocab.Iris;
import org.demandgraph.vocab.Sha256;

/**
 * Loads inputs and prints the dataset's fingerprint and the SHA-256 of each dump, one per line: run in
 * a fresh JVM by {@link DumpsAreCanonicalTest}, so blank nodes get that JVM's own labels.
 */
public final class DumpDigests {

    private DumpDigests() {}

    public static void main(String[] args) {
        digests(args).forEach(System.out::println);
    }

    /** The dataset {@code serve} serves: loaded, with its completeness in the quality graph. */
    static DatasetGraph servedDataset(List<Path> paths) {
        return ServerSetup.prepare(new DatasetLoader(Iris.defaults()).load(paths).dataset(), Iris.defaults());
    }

    static List<String> digests(String... inputs) {
        List<Path> paths = new ArrayList<>();
        for (String input : inputs) paths.add(Path.of(input));
        DatasetSnapshot snapshot = new DatasetSnapshot(servedDataset(paths));
        List<String> lines = new ArrayList<>();
        lines.add("fingerprint " + snapshot.fingerprint());
        for (String name : DatasetSnapshot.DUMP_NAMES) lines.add(name + " " + Sha256.hex(snapshot.dump(name).bytes()));
        return lines;
    }
}
