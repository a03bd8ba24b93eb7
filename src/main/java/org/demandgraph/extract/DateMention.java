package org.demandgraph.extract;

/**
 * A date written in a sentence, at offsets into the profile text: a point or the start of a range
 * ({@code when}), the end of the range or null ({@code until}), and {@code since} for "since 1978".
 */
public record DateMention(int start, int end, When when, boolean since, When until) {

    public DateMention(int start, int end, When when, boolean since) {
        this(start, end, when, since, null);
    }
}
