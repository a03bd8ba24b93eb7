package org.demandgraph.validate.sparql;

import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.demandgraph.vocab.DG;

/** {@code dgsh:LabelMatchesNameShape}: the label reads as the name, a comma and the state's code. */
final class LabelMatchesNameCheck extends SparqlCheck {

    private static final NodeValue SEPARATOR = NodeValue.makeString(", ");

    LabelMatchesNameCheck() {
        super("LabelMatchesNameShape", "14f74a4e616de0466f26db7f8f8eda3a25f28b433f59c9149b3dea0926f4ac5e");
    }

    @Override
    void rows(Graph data, Node focus, Consumer<Row> out) {
        for (Node value : Expressions.objects(data, focus, RDFS.label.asNode()))
            for (Node name : Expressions.objects(data, focus, DG.name.asNode()))
                for (Node state : Expressions.objects(data, focus, DG.inState.asNode()))
                    for (Node code : Expressions.objects(data, state, SKOS.notation.asNode())) {
                        NodeValue expected = Expressions.concat(Expressions.str(Expressions.value(name)), SEPARATOR,
                                Expressions.str(Expressions.value(code)));
                        if (Expressions.notEqual(Expressions.str(Expressions.value(value)), expected))
                            out.accept(Row.of(focus).with("value", value).with("expected", expected.asNode()));
                    }
    }
}
