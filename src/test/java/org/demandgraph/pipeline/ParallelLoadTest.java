package org.demandgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.mem.DatasetGraphInMemory;
import org.apache.jena.system.Txn;
import org.demandgraph.graph.UnionView;
import org.demandgraph.rdfio.DatasetWriter;
import org.demandgraph.rdfio.RdfSyntax;
import org.demandgraph.vocab.Iris;
import org.junit.jupiter.api.Test;

/** Several threads load exactly what one thread loads: the same bytes, counts and rejections; so does the load into the served class. */
class ParallelLoadTest {

    private static final Path PROJECT = Path.of(System.getProperty("demandgraph.project.dir", "."));

    /** Profile fixtures (bad ones among them), a profile twice (a duplicate) and dataset files. */
    private static List<Path> inputs() {
        List<Path> inputs = new ArrayList<>();
        inputs.add(PROJECT.resolve("src/test/resources/profiles"));
        inputs.add(PROJECT.resolve("src/test/resources/graph"));
        inputs.add(PROJECT.resolve("data/profiles"));
        inputs.add(PROJECT.resolve("data/profiles/norwich-ct.txt"));
        inputs.add(PROJECT.resolve("src/test/resources/rdfio/blank-nodes.trig"));
        return inputs;
    }

    @Test
    void threeThreadsGiveTheSameResultAsOne() {
        LoadResult one = new DatasetLoader(Iris.defaults()).load(inputs());
        assertTrue(one.profiles() >= 20, "profiles: " + one.profiles());
        assertTrue(one.datasetFiles() >= 2, "dataset files: " + one.datasetFiles());
        assertFalse(one.rejected().isEmpty(), "the bad fixtures and the duplicate are rejected");
        assertTrue(one.rejected().stream().anyMatch(r -> r.reason().startsWith("duplicate profile")), one.rejected().toString());
        byte[] expected = DatasetWriter.bytes(DatasetWriter.canonical(one.dataset()), RdfSyntax.NQUADS);
        for (int threads : new int[] {2, 3, 8}) {
            LoadResult many = new DatasetLoader(Iris.defaults()).threads(threads).load(inputs());
            assertEquals(one.profiles(), many.profiles(), threads + " threads");
            assertEquals(one.datasetFiles(), many.datasetFiles(), threads + " threads");
            assertEquals(one.rejected(), many.rejected(), threads + " threads");
            assertArrayEquals(expected, DatasetWriter.bytes(DatasetWriter.canonical(many.dataset()), RdfSyntax.NQUADS),
                    threads + " threads");
        }
    }

    @Test
    void indexedLoadHoldsTheSameQuadsInTheServedClass() {
        LoadResult general = new DatasetLoader(Iris.defaults()).load(inputs());
        byte[] expected = DatasetWriter.bytes(DatasetWriter.canonical(general.dataset()), RdfSyntax.NQUADS);
        for (int threads : new int[] {1, 2}) {
            LoadResult indexed = new DatasetLoader(Iris.defaults()).indexed().threads(threads).load(inputs());
            assertTrue(indexed.dataset() instanceof DatasetGraphInMemory, indexed.dataset().getClass().getName());
            assertTrue(UnionView.isIndexed(indexed.dataset()), "served as loaded, no copy");
            assertFalse(indexed.dataset().isInTransaction(), "the load's write transaction is committed");
            assertEquals(general.profiles(), indexed.profiles());
            assertEquals(general.rejected(), indexed.rejected());
            assertArrayEquals(expected, Txn.calculateRead(indexed.dataset(),
                    () -> DatasetWriter.bytes(DatasetWriter.canonical(indexed.dataset()), RdfSyntax.NQUADS)), threads + " threads");
        }
    }

    @Test
    void indexedIntoFillsTheGivenDatasetWithTheSameQuads() {
        LoadResult indexed = new DatasetLoader(Iris.defaults()).indexed().threads(2).load(inputs());
        byte[] expected = Txn.calculateRead(indexed.dataset(),
                () -> DatasetWriter.bytes(DatasetWriter.canonical(indexed.dataset()), RdfSyntax.NQUADS));
        DatasetGraph target = DatasetGraphFactory.createTxnMem();
        LoadResult into = new DatasetLoader(Iris.defaults()).threads(2).indexedInto(target).load(inputs());
        assertSame(target, into.dataset(), "loaded into the dataset given");
        assertFalse(target.isInTransaction(), "the load's write transaction is committed");
        assertEquals(indexed.profiles(), into.profiles());
        assertEquals(indexed.rejected(), into.rejected());
        assertArrayEquals(expected, Txn.calculateRead(target,
                () -> DatasetWriter.bytes(DatasetWriter.canonical(target), RdfSyntax.NQUADS)));
        assertThrows(IllegalArgumentException.class,
                () -> new DatasetLoader(Iris.defaults()).indexedInto(DatasetGraphFactory.createGeneral()));
    }

    @Test
    void progressIsReportedInOrderForEveryFile() {
        List<Integer> steps = new ArrayList<>();
        int[] total = {0};
        new DatasetLoader(Iris.defaults()).threads(2).load(List.of(PROJECT.resolve("data/profiles")), (done, all) -> {
            steps.add(done);
            total[0] = all;
        });
        assertEquals(2, total[0]);
        assertEquals(List.of(1, 2), steps);
    }

    @Test
    void zeroThreadsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DatasetLoader(Iris.defaults()).threads(0));
    }
}
