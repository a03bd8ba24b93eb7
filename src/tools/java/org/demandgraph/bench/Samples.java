package org.demandgraph.bench;

import java.util.Arrays;
import java.util.List;
import org.apache.jena.atlas.json.JsonObject;

/** Repeated measurements of one quantity: median and spread (min, max) or latency percentiles. */
record Samples(double[] values) {

    static Samples of(List<Double> values) {
        return new Samples(values.stream().mapToDouble(Double::doubleValue).sorted().toArray());
    }

    double median() {
        return percentile(50);
    }

    double min() {
        return values.length == 0 ? Double.NaN : values[0];
    }

    double max() {
        return values.length == 0 ? Double.NaN : values[values.length - 1];
    }

    /** Nearest-rank percentile of the sorted values. */
    double percentile(double p) {
        if (values.length == 0) return Double.NaN;
        int rank = (int) Math.ceil(p / 100.0 * values.length);
        return values[Math.max(0, Math.min(values.length - 1, rank - 1))];
    }

    JsonObject json() {
        JsonObject json = new JsonObject();
        json.put("median", Json.number(median()));
        json.put("min", Json.number(min()));
        json.put("max", Json.number(max()));
        json.put("n", values.length);
        return json;
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
