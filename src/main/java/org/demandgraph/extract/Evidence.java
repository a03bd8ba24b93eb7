package org.demandgraph.extract;

import org.demandgraph.profile.Span;

/** The exact span of profile text that states a fact: {@code text.substring(start, end).equals(exact)}. */
public record Evidence(int start, int end, String exact) {

    public static Evidence of(Span span) {
        return new Evidence(span.start(), span.end(), span.text());
    }
}
