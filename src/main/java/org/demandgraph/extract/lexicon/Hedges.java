package org.demandgraph.extract.lexicon;

/**
 * Words that deny, plan or only consider what a clause says ("not", "no plans to", "considered",
 * "will"): a fact in such a clause is not a fact.
 */
public final class Hedges {

    /** Where a clause ends inside a sentence. */
    public static final String CLAUSE_BREAK = ";|:|,\\s+(?:but|although|though|however|while|whereas|yet)\\b|\\s+but\\s+";

    /** Any denial, plan or hypothesis. */
    public static final String DENIAL = "\\b(?:not(?!\\s+only)|never|no|none|neither|nor|cannot|declined|declines|refused|refuses"
            + "|refusing|consider|considered|considering|considers|plans?\\s+to|planned\\s+to|planning|would(?!-be)|rejected"
            + "|abandoned|dropped|discontinued|failed\\s+to|could|might|(?-i:may)|will|shall|proposed|proposes|propose|discuss"
            + "|discussed|discussing|debated|debating|suggested|explored|exploring|studying|studied|talked\\s+about|withheld"
            + "|withhold|without|unless|if|whether|hope|hopes|aim|aims|intend|intends|seek|seeks|rather than)\\b|n[’']t\\b";

    /** The narrower set that cancels an operation noun: a denied, planned or hoped-for operation. */
    public static final String OPERATION_DENIAL = "\\b(?:not|never|no|plans?\\s+to|planned\\s+to|planning|will|would|could"
            + "|consider\\w*|propos\\w*|hope\\w*)\\b|n[’']t\\b";

    /** Phrases that only leave a start year open ("if not earlier", "and possibly before then"): no denial. */
    public static final String OPEN_START = "\\(?\\b(?:if not|or even|and possibly|possibly|and probably|probably|or)\\s+"
            + "(?:earlier|before|sooner|longer)(?:\\s+then)?\\)?";

    private Hedges() {}
}
