package org.demandgraph.bench;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.demandgraph.pipeline.DatasetLoader;
import org.demandgraph.vocab.Iris;
import org.demandgraph.server.DemandServer;

/**
 * Prints the heap in use, after collection, holding one dataset: {@code ours INPUT} (what
 * {@code serve} holds: the input loaded and made the served dataset) or {@code plain NQUADS}
 * (plain Jena: the N-Quads parsed into the same dataset class, {@code createTxnMem()}).
 */
public final class HeapProbe {

    private HeapProbe() {}

    public static void main(String[] args) throws Exception {
        Object held = switch (args[0]) {
            case "ours" -> DemandServer.builder(new DatasetLoader(Iris.defaults()).indexed().load(List.of(Path.of(args[1]))).dataset()).served();
            case "plain" -> {
                DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
                Txn.executeWrite(dsg, () -> RDFParser.source(args[1]).lang(Lang.NQUADS).parse(dsg));
                yield dsg;
            }
            default -> throw new IllegalArgumentException(args[0]);
        };
        long used = Heap.usedAfterGc();
        java.lang.ref.Reference.reachabilityFence(held);
        System.out.println(used);
    }
}
