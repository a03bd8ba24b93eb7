package org.demandgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

class ValidationTest {

    private static List<String> shapes(ValidationReport report) {
        return report.getEntries().stream().map(ReportEntry::source).map(Node::getURI).sorted().toList();
    }

    @Test
    void aDatasetIsValidatedAsTheUnionOfItsGraphs() {
        DatasetGraph ds = Fixtures.load("norwich-gaps.trig");
        Graph union = Validation.unionCopy(ds);
        assertEquals(shapes(Validation.withBundledShapes().validate(union)), shapes(Validation.withBundledShapes().validate(ds)));
        assertEquals(7, Validation.withBundledShapes().validate(ds).getEntries().size());
    }

    @Test
    void theDefaultGraphCountsToo() {
        DatasetGraph named = Fixtures.load("norwich-gaps.trig");
        DatasetGraph plain = DatasetGraphFactory.createGeneral();
        named.find().forEachRemaining(q -> plain.getDefaultGraph().add(q.asTriple()));
        assertEquals(shapes(Validation.withBundledShapes().validate(named)), shapes(Validation.withBundledShapes().validate(plain)));
    }

    @Test
    void aTransactionalDatasetIsReadInsideATransaction() {
        DatasetGraph txn = DatasetGraphFactory.createTxnMem();
        DatasetGraph source = Fixtures.load("norwich-gaps.trig");
        Txn.executeWrite(txn, () -> source.find().forEachRemaining(txn::add));
        assertEquals(shapes(Validation.withBundledShapes().validate(source)), shapes(Validation.withBundledShapes().validate(txn)));
    }

    @Test
    void aGraphWithNothingToCheckConforms() {
        Graph empty = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        empty.add(NodeFactory.createURI("http://example.org/a"), NodeFactory.createURI("http://example.org/b"),
                NodeFactory.createLiteralString("c"));
        ValidationReport report = Validation.withBundledShapes().validate(empty);
        assertEquals(true, report.conforms());
    }
}
