package org.demandgraph.pipeline;

/** An input file that was not loaded, with the file, 1-based line (0 when not about a line) and reason. */
public record Rejection(String file, int line, String reason) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + reason;
    }
}
