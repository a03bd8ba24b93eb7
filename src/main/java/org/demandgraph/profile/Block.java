package org.demandgraph.profile;

/** One block of a narrative: a paragraph, a heading the author wrote, a bullet item or a quotation. */
public record Block(Kind kind, Span span) {

    public enum Kind { PARAGRAPH, HEADING, BULLET, QUOTE }
}
