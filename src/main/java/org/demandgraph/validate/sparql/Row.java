package org.demandgraph.validate.sparql;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * One answer of a constraint's SELECT query: its projected variables that are bound, in the order the
 * SELECT names them ({@code this} first). A variable left unbound (an OPTIONAL that did not match, a
 * BIND whose expression failed) is absent, as in Jena's result row.
 */
final class Row {

    private final Map<String, Node> bindings = new LinkedHashMap<>();

    private Row() {}

    /** A row binding {@code $this} to the focus node. */
    static Row of(Node focus) {
        return new Row().with("this", focus);
    }

    /** Binds {@code var} to {@code value}; a null value leaves it unbound. */
    Row with(String var, Node value) {
        if (value != null) bindings.put(var, value);
        return this;
    }

    Node get(String var) {
        return bindings.get(var);
    }

    Map<String, Node> bindings() {
        return Collections.unmodifiableMap(bindings);
    }
}
