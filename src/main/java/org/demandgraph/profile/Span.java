package org.demandgraph.profile;

/**
 * A stretch of a profile's text: {@code text.substring(start, end)} equals {@link #text()}.
 * Offsets count UTF-16 chars of the text as read (byte-order mark removed, nothing else).
 */
public record Span(int start, int end, String text) {

    public Span {
        if (start < 0 || end < start || text.length() != end - start)
            throw new IllegalArgumentException("bad span [" + start + "," + end + ") for \"" + text + "\"");
    }

    /** The span of {@code source} between the two offsets. */
    public static Span of(String source, int start, int end) {
        return new Span(start, end, source.substring(start, end));
    }

    public int length() {
        return end - start;
    }
}
