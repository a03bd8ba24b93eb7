package org.demandgraph.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

class DatasetSnapshotTest {

    /** The same quads inserted in another order. */
    static DatasetGraph shuffled(DatasetGraph dsg, long seed) {
        List<Quad> quads = new ArrayList<>();
        dsg.find().forEachRemaining(quads::add);
        Collections.shuffle(quads, new java.util.Random(seed));
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(copy, () -> quads.forEach(copy::add));
        return copy;
    }

    @Test
    void dumpsAndFingerprintDoNotDependOnInsertionOrder() {
        DatasetGraph dsg = LinkedDataServer.load("norwich.trig");
        DatasetSnapshot a = new DatasetSnapshot(dsg);
        DatasetSnapshot b = new DatasetSnapshot(shuffled(dsg, 42));
        assertEquals(a.fingerprint(), b.fingerprint());
        for (String name : DatasetSnapshot.DUMP_NAMES) {
            assertArrayEquals(a.dump(name).bytes(), b.dump(name).bytes(), name);
        }
    }

    @Test
    void fingerprintChangesWithContent() {
        DatasetGraph dsg = LinkedDataServer.load("norwich.trig");
        String before = new DatasetSnapshot(dsg).fingerprint();
        Txn.executeWrite(dsg, () -> dsg.add(Quad.create(NodeFactory.createURI("https://w3id.org/demandgraph/profile/us/ct/norwich"),
                NodeFactory.createURI("https://w3id.org/demandgraph/x"), NodeFactory.createURI("https://w3id.org/demandgraph/y"),
                NodeFactory.createLiteralString("z"))));
        assertNotEquals(before, new DatasetSnapshot(dsg).fingerprint());
    }
}
