package org.demandgraph.extract;

/**
 * A number of people said to be arrested or charged, at offsets into the profile text.
 * {@code buyers} when the text says they were buyers (johns, customers, men charged with soliciting);
 * {@code buyerNoun} when the noun itself says so ("17 sex buyers", "4 johns"), the strongest reading.
 */
record CountMention(int start, int end, int value, ArrestCount.Bound bound, boolean buyers, boolean buyerNoun) {}
