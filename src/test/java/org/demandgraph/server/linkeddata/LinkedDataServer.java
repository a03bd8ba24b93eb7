package org.demandgraph.server.linkeddata;

import java.io.InputStream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.demandgraph.vocab.Iris;

/** A bare Fuseki on a free loopback port with the fixture at /kg and the linked-data routes. */
final class LinkedDataServer implements AutoCloseable {

    final DatasetGraph dsg;
    final FusekiServer server;

    LinkedDataServer(String fixture) {
        this(load(fixture));
    }

    LinkedDataServer(DatasetGraph loaded) {
        dsg = loaded;
        // /kg answers over the union of the named graphs, as the real server does.
        DatasetGraph union = DatasetGraphFactory.wrap(dsg.getUnionGraph());
        FusekiServer.Builder b = FusekiServer.create().port(0).loopback(true).add("/kg", union, false);
        LinkedDataRoutes.install(b, dsg, Iris.defaults());
        server = b.build().start();
    }

    /** A server of profiles (files or folders) loaded as {@code build} loads them; none may be rejected. */
    static LinkedDataServer ofProfiles(java.util.List<java.nio.file.Path> inputs) {
        org.demandgraph.pipeline.LoadResult loaded = new org.demandgraph.pipeline.DatasetLoader(Iris.defaults()).load(inputs);
        if (!loaded.rejected().isEmpty()) throw new AssertionError("rejected: " + loaded.rejected());
        DatasetGraph txn = DatasetGraphFactory.createTxnMem();
        loaded.dataset().find().forEachRemaining(txn::add);
        return new LinkedDataServer(txn);
    }

    static DatasetGraph load(String fixture) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        try (InputStream in = LinkedDataServer.class.getResourceAsStream("/server/" + fixture)) {
            RDFDataMgr.read(dsg, in, Lang.TRIG);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return dsg;
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getPort() + path;
    }

    @Override
    public void close() {
        server.stop();
    }
}
