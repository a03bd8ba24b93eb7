package org.demandgraph.bench;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.demandgraph.graph.UnionView;

/**
 * The baseline server of the serving comparison, as a process: {@code BareFuseki PORT NQUADS} parses the
 * N-Quads into the class {@code serve} holds them in ({@code createTxnMem()}, quad indexes) and serves
 * them at {@code /ds} with the default graph the union of the named graphs, as ours, through a plain
 * {@link FusekiServer} (no filters, caches or pages).
 */
public final class BareFuseki {

    private BareFuseki() {}

    public static void main(String[] args) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> RDFParser.source(args[1]).lang(Lang.NQUADS).parse(dsg));
        FusekiServer.create().port(Integer.parseInt(args[0])).loopback(true).add("/ds", UnionView.of(dsg), false)
                .build().start().join();
    }
}
