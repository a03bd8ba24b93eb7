package org.demandgraph.validate.sparql;

import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.demandgraph.vocab.DG;

/** {@code dgsh:ArrestsWithinPopulationShape}: an operation's arrests do not exceed its place's population. */
final class ArrestsWithinPopulationCheck extends SparqlCheck {

    ArrestsWithinPopulationCheck() {
        super("ArrestsWithinPopulationShape", "0bd03c7aeacead76e6cae27a7109329d9bdbe7516aa374b0405bb98c5994b284");
    }

    @Override
    void rows(Graph data, Node focus, Consumer<Row> out) {
        for (Node value : Expressions.objects(data, focus, DG.arrests.asNode()))
            for (Node place : Expressions.objects(data, focus, DG.jurisdiction.asNode()))
                for (Node population : Expressions.objects(data, place, DG.population.asNode()))
                    if (Expressions.greater(Expressions.value(value), Expressions.value(population)))
                        out.accept(Row.of(focus).with("value", value).with("population", population));
    }
}
