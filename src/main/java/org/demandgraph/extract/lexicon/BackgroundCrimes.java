package org.demandgraph.extract.lexicon;

/**
 * Crimes a profile tells as background (trafficking, homicide): a sentence about one evidences no
 * tactic and opens no operation, and people arrested for one are not buyers.
 */
public final class BackgroundCrimes {

    /** A sentence telling a background crime. */
    public static final String STORY = "traffick|homicide|murder|strangl|kidnap|sentenced|pornograph|CSAM|child sexual|rape\\b"
            + "|assault|robbery|overdose";

    /**
     * The trade named as the problem a practice addresses ("the prostitution and sex trafficking trade",
     * "demand for prostitution and trafficking"): not a crime story, so blanked before {@link #STORY} is looked for.
     */
    public static final String THE_PROBLEM = "(?:prostitution|commercial sex)\\s*,?\\s+(?:and|or|&|and/or)\\s+(?:sex\\s+|human\\s+)?trafficking"
            + "(?!\\s+(?:charges?|investigations?|cases?|rings?|networks?|victims?|operations?|sting))"
            + "|(?:sex\\s+|human\\s+)?trafficking\\s+(?:and|or)\\s+prostitution|(?:sex\\s+|human\\s+)?trafficking\\s+(?:task\\s+force|unit|team|coalition)";

    /** Charges that make the people charged sellers, pimps or other offenders, not buyers. */
    public static final String NOT_BUYER_CHARGES = "promot|traffick|pimp|pander|robber|assault|drug|murder|homicide|kidnap|weapon";

    private BackgroundCrimes() {}
}
