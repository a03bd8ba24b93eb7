package org.demandgraph.bench;

import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonValue;

/** A measured figure as a JSON value: null when not a number (nothing measured). */
final class Json {

    private Json() {}

    static JsonValue number(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? JsonNull.instance : JsonNumber.value(value);
    }
}
