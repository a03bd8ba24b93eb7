package org.demandgraph.validate.sparql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.atlas.lib.DateTimeUtils;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.NodeValue;
import org.demandgraph.vocab.DG;

/**
 * {@code dgsh:OperationDateRangeShape}: dg:date and dg:since lie between 1900 and today, comparing
 * lexical forms with today's date cut to the same length. Today is NOW() as Jena gives it to each query.
 */
final class OperationDateRangeCheck extends SparqlCheck {

    private static final NodeValue Y1900 = NodeValue.makeString("1900");

    OperationDateRangeCheck() {
        super("OperationDateRangeShape", "ba6255f50d5160672cef33d416737fef9a7395104396dcb602dff31f1c3b749d");
    }

    @Override
    void rows(Graph data, Node focus, Consumer<Row> out) {
        // { $this dg:date ?value } UNION { $this dg:since ?value }
        List<Node> values = new ArrayList<>(Expressions.objects(data, focus, DG.date.asNode()));
        values.addAll(Expressions.objects(data, focus, DG.since.asNode()));
        if (values.isEmpty()) return;
        // STR(NOW()): the lexical form of the xsd:dateTime NodeFactoryExtra.nowAsDateTime() makes
        NodeValue now = NodeValue.makeString(DateTimeUtils.nowAsXSDDateTimeString());
        for (Node value : values) {
            NodeValue lexical = Expressions.str(Expressions.value(value));
            NodeValue today = Expressions.prefix(now, Expressions.strlen(lexical));
            if (Expressions.less(lexical, Y1900) || Expressions.greater(lexical, today))
                out.accept(Row.of(focus).with("value", value));
        }
    }
}
