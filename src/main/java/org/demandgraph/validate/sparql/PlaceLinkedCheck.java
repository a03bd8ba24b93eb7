package org.demandgraph.validate.sparql;

import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.demandgraph.vocab.DG;

/** {@code dgsh:PlaceLinkedShape}: each note the place linking wrote is a result. */
final class PlaceLinkedCheck extends SparqlCheck {

    PlaceLinkedCheck() {
        super("PlaceLinkedShape", "917ab02094817cab46460650850812f8f55879f273ed3a86e002ad1b2b7ea4a6");
    }

    @Override
    void rows(Graph data, Node focus, Consumer<Row> out) {
        for (Node value : Expressions.objects(data, focus, DG.placeMatchNote.asNode()))
            out.accept(Row.of(focus).with("value", value));
    }
}
