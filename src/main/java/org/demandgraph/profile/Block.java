package org.demandgraph.profile;

/**
 * One block of a narrative: a paragraph, a heading the author wrote, a bullet item or a quotation.
 * The span leaves out what is markup rather than text: a heading's trailing colon, a bullet's marker
 * ({@code - }, {@code • }, {@code 1. }) and a quotation's {@code >}; quotation marks are kept.
 */
public record Block(Kind kind, Span span) {

    public enum Kind { PARAGRAPH, HEADING, BULLET, QUOTE }
}
