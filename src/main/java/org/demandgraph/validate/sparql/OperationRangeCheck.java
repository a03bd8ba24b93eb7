package org.demandgraph.validate.sparql;

import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.NodeValue;
import org.demandgraph.vocab.DG;

/**
 * {@code dgsh:OperationRangeShape}: a range has both ends, starts at the operation's date and does not
 * end before it starts. Each end and the date are OPTIONAL: every combination is a row, an absent one
 * unbound (and left as {@code {?start}} in the message, as Jena leaves it).
 */
final class OperationRangeCheck extends SparqlCheck {

    OperationRangeCheck() {
        super("OperationRangeShape", "c2172327428dcd683d0d94f778d50c30ccc99944b77f38af7b3d7825fd9aa886");
    }

    @Override
    void rows(Graph data, Node focus, Consumer<Row> out) {
        for (Node start : Expressions.optional(data, focus, DG.startDate.asNode()))
            for (Node end : Expressions.optional(data, focus, DG.endDate.asNode()))
                for (Node date : Expressions.optional(data, focus, DG.date.asNode()))
                    if (fails(start, end, date)) out.accept(Row.of(focus).with("start", start).with("end", end));
    }

    /** FILTER (!BOUND(?start) || !BOUND(?end) || !BOUND(?date) || ?date != ?start || SUBSTR(STR(?end), 1, STRLEN(STR(?start))) < STR(?start)) */
    private static boolean fails(Node start, Node end, Node date) {
        if (start == null || end == null || date == null) return true;
        NodeValue s = Expressions.value(start);
        if (Expressions.notEqual(Expressions.value(date), s)) return true;
        NodeValue startText = Expressions.str(s);
        NodeValue endPrefix = Expressions.prefix(Expressions.str(Expressions.value(end)), Expressions.strlen(startText));
        return Expressions.less(endPrefix, startText);
    }
}
