package org.demandgraph.extract;

/** A date written in a sentence, at offsets into the profile text; {@code since} for "since 1978". */
public record DateMention(int start, int end, When when, boolean since) {}
