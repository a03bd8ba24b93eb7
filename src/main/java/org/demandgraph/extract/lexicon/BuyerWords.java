package org.demandgraph.extract.lexicon;

import java.util.Set;

/** The words that make people buyers of sex: nouns for them, and the verbs and phrases around them. */
public final class BuyerWords {

    /** Nouns that name buyers themselves ("johns", "sex buyers"), lower case, singular and plural. */
    public static final Set<String> NOUNS = Set.of("johns", "john", "buyers", "buyer", "customers", "customer", "patrons",
            "patron", "clients", "client", "solicitors");

    /** Offence and purchase words that make a count or an arrest one of buyers ("charged with soliciting"). */
    public static final String OFFENCE = "solicit|patroniz|patronis|purchas\\w* sex|buying sex|buy sex|purchase sex|\\bpa(?:y|ys|id|ying)\\s+for\\s+sex";

    /** Any sign that the people concerned are buyers: a buyer noun or a buyer offence. */
    public static final String ANY = OFFENCE + "|\\bjohns?\\b|\\bbuyers?\\b|customers?|\\bpatrons?\\b";

    /** As {@link #ANY}, plus "men", which in a demand profile are the buyers unless said otherwise. */
    public static final String CONTEXT = ANY + "|purchas|\\bmen\\b";

    /** The sex trade in general, for rules that need a sentence to be about it. */
    public static final String SEX_TRADE = "prostitut|" + ANY + "|\\bsex\\b|sting|arrest|charg";

    private BuyerWords() {}
}
