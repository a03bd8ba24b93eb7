package org.demandgraph.validate;

import org.apache.jena.graph.Node;

/**
 * Where a result comes from: the profile document, the file it was read from and the 1-based line
 * (0 when unknown). {@link #NOWHERE} for a node no profile accounts for (a hand-written dataset file).
 */
public record Location(Node profile, String file, int line) {

    public static final Location NOWHERE = new Location(null, null, 0);

    public boolean known() {
        return file != null;
    }

    /** {@code norwich-ct.txt:41}, {@code norwich-ct.txt} without a line, empty when unknown. */
    @Override
    public String toString() {
        if (file == null) return "";
        return line > 0 ? file + ":" + line : file;
    }
}
