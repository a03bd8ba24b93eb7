package org.demandgraph.extract.lexicon;

import java.util.Set;

/** The words that make people buyers of sex: nouns for them, and the verbs and phrases around them. */
public final class BuyerWords {

    /** Nouns that name buyers themselves ("johns", "sex buyers"), lower case, singular and plural. */
    public static final Set<String> NOUNS = Set.of("johns", "john", "buyers", "buyer", "customers", "customer", "patrons",
            "patron", "clients", "client", "solicitors");

    /** Offence and purchase words that make a count or an arrest one of buyers ("charged with soliciting"). */
    public static final String OFFENCE = "solicit|patroniz|patronis|purchas\\w* sex|buying sex|buy sex|purchase sex|\\bpa(?:y|ys|id|ying)\\s+for\\s+sex";

    /** Men who came for a decoy: "answered decoy ads", "responded to the postings", "replied to the listings". */
    public static final String ANSWERED_ADS = "(?:answer(?:ed|ing)|respond(?:ed|ing)\\s+to|repl(?:ied|ying)\\s+to)\\s+[^.;,]{0,40}?\\b(?:ads?|listings?|postings?|advertisements?)\\b";

    /**
     * What makes men buyers in a relative clause after them ("men who had driven to the motel to buy sex", "men who came
     * expecting to pay for sex", "men who had answered decoy ads"): the words up to the offence or the ads, in one clause.
     */
    public static final String WHO_CAME_TO_BUY = "who\\s+[^.;,:]{0,80}?(?:" + OFFENCE + "|" + ANSWERED_ADS
            // "men who had offered money to the decoys"
            + "|offer(?:ed|ing)\\s+(?:money|cash)\\s+to\\s+(?:the\\s+|an?\\s+)?(?:undercover\\s+|female\\s+)?(?:decoys?|officers?|deput(?:y|ies))"
            // round 18: "men who came to meet a decoy", "men who showed up to meet an undercover officer"
            + "|to\\s+meet\\s+(?:the\\s+|an?\\s+)?(?:undercover\\s+|female\\s+|decoy\\s+)?(?:decoys?|officers?|deput(?:y|ies)|detectives?|troopers?|agents?|policewom[ae]n|investigators?))";

    /** Any sign that the people concerned are buyers: a buyer noun or a buyer offence. */
    public static final String ANY = OFFENCE + "|\\bjohns?\\b|\\bbuyers?\\b|customers?|\\bpatrons?\\b";

    /** As {@link #ANY}, plus "men", which in a demand profile are the buyers unless said otherwise. */
    public static final String CONTEXT = ANY + "|purchas|\\bmen\\b";

    /** The sex trade in general, for rules that need a sentence to be about it. */
    public static final String SEX_TRADE = "prostitut|" + ANY + "|\\bsex\\b|sting|arrest|charg";

    private BuyerWords() {}
}
