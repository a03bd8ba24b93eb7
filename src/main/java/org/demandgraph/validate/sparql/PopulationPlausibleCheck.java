package org.demandgraph.validate.sparql;

import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.vocabulary.RDF;
import org.demandgraph.vocab.DG;

/** {@code dgsh:PopulationPlausibleShape}: a whole-number population above what a U.S. place can have. */
final class PopulationPlausibleCheck extends SparqlCheck {

    private static final Node POPULATION = DG.population.asNode();
    private static final Node LOCAL = NodeFactory.createLiteralString("city or county");
    private static final Node PLACE = NodeFactory.createLiteralString("place");
    private static final NodeValue LOCAL_LIMIT = NodeValue.makeInteger(40_000_000);
    private static final NodeValue PLACE_LIMIT = NodeValue.makeInteger(400_000_000);

    PopulationPlausibleCheck() {
        super("PopulationPlausibleShape", "622a10ed2023d884e3b2a14dfc29969f59143c11bea184fef97f5a0735339fdc");
    }

    @Override
    void rows(Graph data, Node focus, Consumer<Row> out) {
        for (Node value : Expressions.objects(data, focus, POPULATION)) {
            // FILTER (datatype(?value) = xsd:integer)
            if (!value.isLiteral() || !XSDDatatype.XSDinteger.getURI().equals(value.getLiteralDatatypeURI())) continue;
            boolean local = data.contains(focus, RDF.type.asNode(), DG.City.asNode())
                    || data.contains(focus, RDF.type.asNode(), DG.County.asNode());
            NodeValue limit = local ? LOCAL_LIMIT : PLACE_LIMIT;
            if (Expressions.greater(Expressions.value(value), limit))
                out.accept(Row.of(focus).with("value", value).with("kind", local ? LOCAL : PLACE).with("limit", limit.asNode()));
        }
    }
}
