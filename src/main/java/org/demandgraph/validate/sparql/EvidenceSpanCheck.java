package org.demandgraph.validate.sparql;

import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.NodeValue;
import org.demandgraph.vocab.OA;

/** {@code dgsh:EvidenceSpanShape}: oa:start is below oa:end, and their difference is the quote's length. */
final class EvidenceSpanCheck extends SparqlCheck {

    EvidenceSpanCheck() {
        super("EvidenceSpanShape", "c4ad66507583672dd87f9a4258c60f54321ab92a1117f96afa05b7ec8fd6b2e6");
    }

    @Override
    void rows(Graph data, Node focus, Consumer<Row> out) {
        for (Node quote : Expressions.objects(data, focus, OA.exact.asNode()))
            for (Node start : Expressions.objects(data, focus, OA.start.asNode()))
                for (Node end : Expressions.objects(data, focus, OA.end.asNode())) {
                    NodeValue length = Expressions.strlen(Expressions.value(quote));
                    NodeValue s = Expressions.value(start);
                    NodeValue e = Expressions.value(end);
                    // FILTER (!(?start < ?end) || ?end - ?start != ?length)
                    if (Expressions.notLess(s, e) || Expressions.notEqual(Expressions.minus(e, s), length))
                        out.accept(Row.of(focus).with("start", start).with("end", end)
                                .with("length", length == null ? null : length.asNode()));
                }
    }
}
