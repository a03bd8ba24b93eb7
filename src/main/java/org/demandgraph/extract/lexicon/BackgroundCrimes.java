package org.demandgraph.extract.lexicon;

/**
 * Crimes a profile tells as background (trafficking, homicide): a sentence about one evidences no
 * tactic and opens no operation, and people arrested for one are not buyers.
 */
public final class BackgroundCrimes {

    /** A sentence telling a background crime. */
    public static final String STORY = "traffick|homicide|murder|strangl|kidnap|sentenced|pornograph|CSAM|child sexual|rape\\b"
            + "|assault|robbery|overdose";

    /** Charges that make the people charged sellers, pimps or other offenders, not buyers. */
    public static final String NOT_BUYER_CHARGES = "promot|traffick|pimp|pander|robber|assault|drug|murder|homicide|kidnap|weapon";

    private BackgroundCrimes() {}
}
