package org.demandgraph.extract;

/**
 * A number of people said to be arrested or charged, at offsets into the profile text.
 * {@code buyers} when the text says they were buyers (johns, customers, men charged with soliciting).
 */
record CountMention(int start, int end, int value, ArrestCount.Bound bound, boolean buyers) {}
