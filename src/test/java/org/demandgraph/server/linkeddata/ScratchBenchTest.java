package org.demandgraph.server.linkeddata;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.demandgraph.graph.Iris;
import org.junit.jupiter.api.Test;

class ScratchBenchTest {
    static Node ren(Node n, int i) {
        if (n.isURI() && n.getURI().contains("/us/ct/norwich")) return NodeFactory.createURI(n.getURI().replace("/us/ct/norwich", "/us/ct/norwich" + i));
        return n;
    }
    @Test
    void bench() throws Exception {
        DatasetGraph base = LinkedDataServer.load("norwich.trig");
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        java.util.List<Quad> qs = new java.util.ArrayList<>();
        base.find().forEachRemaining(qs::add);
        Txn.executeWrite(dsg, () -> { for (int i = 0; i < 2000; i++) for (Quad q : qs) dsg.add(Quad.create(ren(q.getGraph(), i), ren(q.getSubject(), i), q.getPredicate(), ren(q.getObject(), i))); });
        System.out.println("quads " + Txn.calculateRead(dsg, () -> dsg.stream().count()));
        long t0 = System.nanoTime();
        FusekiServer s = LinkedDataRoutes.install(FusekiServer.create().port(0).loopback(true).add("/kg", dsg, false), dsg, Iris.defaults()).build().start();
        System.out.printf("install+start %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        HttpClient http = HttpClient.newHttpClient();
        String u = "http://127.0.0.1:" + s.getPort();
        for (String p : new String[] {"/jurisdiction/us/ct/norwich7", "/dumps/demandgraph.nq.gz", "/dumps/demandgraph.trig", "/dumps/demandgraph.jsonld", "/", "/void", "/tactic/web-stings"}) {
            long t = System.nanoTime();
            var r = http.send(HttpRequest.newBuilder(URI.create(u + p)).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofByteArray());
            System.out.printf("first %s %d %d bytes %.0f ms%n", p, r.statusCode(), r.body().length, (System.nanoTime() - t) / 1e6);
        }
        for (String accept : new String[] {"text/turtle", "text/html"}) {
            int n = 2000;
            long t = System.nanoTime();
            for (int i = 0; i < n; i++) http.send(HttpRequest.newBuilder(URI.create(u + "/jurisdiction/us/ct/norwich" + (i % 2000))).header("Accept", accept).build(), HttpResponse.BodyHandlers.ofByteArray());
            System.out.printf("%s: %.0f req/s sequential%n", accept, n / ((System.nanoTime() - t) / 1e9));
        }
        s.stop();
    }
}
