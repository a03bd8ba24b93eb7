package org.demandgraph.validate.sparql;

import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * The SELECT query of one bundled shape's {@code sh:sparql} constraint, answered in Java: the same rows,
 * in the order Jena's query engine gives them, for one focus node, without compiling the query for every
 * node. The report entries are made from the rows exactly as Jena makes them ({@link CheckedConstraint}).
 */
abstract class SparqlCheck {

    private final String shape;
    private final String select;

    /**
     * @param shape  the local name of the shape (in {@code dgsh:}) whose constraint this answers
     * @param select the SHA-256 of the {@code sh:select} text this check implements: a shape whose query
     *               differs (an edited shapes file) keeps Jena's own SPARQL validation
     */
    SparqlCheck(String shape, String select) {
        this.shape = shape;
        this.select = select;
    }

    final String shape() {
        return shape;
    }

    final String select() {
        return select;
    }

    /** Every row the query answers with {@code $this} bound to {@code focus}, in order. */
    abstract void rows(Graph data, Node focus, Consumer<Row> out);
}
