package org.demandgraph.extract;

/**
 * A number of people said to be arrested or charged, at offsets into the profile text, with how
 * strongly the text makes them buyers: 3 the noun says so ("17 sex buyers", "4 johns"); 2 their own
 * phrase does ("12 of whom were charged with soliciting", "67 men charged with soliciting"); 1 the
 * sentence around does, or they are men arrested in a demand profile; 0 not at all (a total).
 */
record CountMention(int start, int end, int value, ArrestCount.Bound bound, int strength) {

    boolean buyers() {
        return strength > 0;
    }

    boolean buyerNoun() {
        return strength == 3;
    }
}
