package org.demandgraph.extract;

/**
 * One sentence of the narrative: {@code text.substring(start, end).equals(text())} in the profile text.
 * {@code paragraph} numbers the narrative block it belongs to (0-based), so a description can be
 * followed within its paragraph.
 */
public record Sentence(int start, int end, String text, int paragraph) {

    public Evidence evidence() {
        return new Evidence(start, end, text);
    }
}
