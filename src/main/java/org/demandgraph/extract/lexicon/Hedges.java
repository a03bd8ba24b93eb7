package org.demandgraph.extract.lexicon;

/**
 * Words that deny, plan or only consider what a clause says ("not", "no plans to", "considered",
 * "will"): a fact in such a clause is not a fact.
 */
public final class Hedges {

    /** Where a clause ends inside a sentence. */
    public static final String CLAUSE_BREAK = ";|:|,\\s+(?:but|although|though|however|while|whereas|yet)\\b|\\s+but\\s+"
            // a wish added to a deed ("gives the names of everyone arrested to the Herald and would like to hold an operation every summer")
            + "|\\s+and\\s+(?=(?:would\\s+like|hopes?|plans?|wants?)\\s+to\\b)";

    /**
     * What a law lets courts or police do ("a state law passed in 2015 permits courts to ...", "state law has allowed judges
     * to suspend ...", "a statute permitted courts to ..."): a possibility, not a use.
     */
    public static final String LAW_ALLOWS = "\\b(?:laws?|statutes?)\\s+(?:[\\w-]+\\s+){0,4}?(?:allow(?:s|ed)?|permit(?:s|ted)?|lets|provides?|authori[sz]e[sd]?)";

    /** Any denial, plan or hypothesis. */
    public static final String DENIAL = "\\b(?:not(?!\\s+only)|never|no|none|neither|nor|cannot|declined|declines|refused|refuses"
            + "|refusing|consider|considered|considering|considers|plans?\\s+to|planned\\s+to|(?<!(?:city|county|town|urban|regional|family)\\s)planning|would(?!-be)|rejected"
            + "|abandoned|dropped|discontinued|failed\\s+to|could|might|(?-i:may)|will|shall|proposed|proposes|propose|discuss"
            + "|discussed|discussing|debated|debating|suggested|recommend(?:ed|s|ing)?|urged|explored|exploring|studying|studied|talked\\s+(?:about|of)|look(?:ed|ing|s)?\\s+into|weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?|opposed\\s+by|shelved|tabled|withheld"
            + "|withhold|without|unless|if|whether|hope|hopes|aim|aims|intend|intends|seek|seeks|rather than"
            // an opinion ("said that she favored a class for first-time buyers")
            + "|favou?r(?:s|ed|ing)"
            // a wish: any "want(s/ed) to" ("told the county board he wanted to start seizing the cars"); a hope or wish told
            // by its speaker ("she hoped to start seizing them")
            + "|want(?:s|ed)?\\s+to"
            + "|(?:he|she|they|officials?|the\\s+(?:sheriff|chief|mayor|council|board|department|commissioner))\\s+(?:had\\s+)?(?:hoped|wished)\\s+to"
            + "|under\\s+(?:state|federal)\\s+law|" + LAW_ALLOWS + "|proposals?|withdrawn|withdrew"
            // "can have their licenses suspended under a city ordinance passed in 2019": what a law allows; "turned down a request"
            + "|under\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,3}?(?:law|ordinance|statute)\\s+(?:passed|adopted|enacted|approved)|turned\\s+down"
            // a request, an application still pending ("asked the police to publish ...", "applied for a grant to start ...")
            + "|asked\\s+(?:the\\s+)?(?:police|city|department|council|chief|mayor|sheriff|county|state|officials|prosecutors?)\\s+to"
            // a named body asked, urged or called on to act ("called on the X County District Attorney to open a class")
            + "|(?:asked|asking|asks|urging|pressed|pressing|lobbied|lobbying|(?:called|calling|calls)\\s+(?:on|upon))\\s+(?:the\\s+)?(?-i:(?:[A-Z][\\w’'.-]*\\s+){1,6})to"
            + "|(?:residents|neighbou?rs|citizens|businesses|merchants|advocates|groups?)\\s+(?:have\\s+|has\\s+|had\\s+)?(?:long\\s+)?(?:asked|called|pushed|lobbied)\\s+for"
            + "|appl(?:y|ies|ied|ying)\\s+for\\s+(?:an?\\s+)?(?:[\\w-]+\\s+){0,3}(?:grants?|funding|funds)|under\\s+(?:discussion|review|consideration|study))\\b|n[’']t\\b";

    /** The narrower set that cancels an operation noun: a denied, planned or hoped-for operation. */
    public static final String OPERATION_DENIAL = "\\b(?:not|never|no|plans?\\s+to|planned\\s+to|planning|will|would|could"
            + "|consider\\w*|propos\\w*|hope\\w*|planned\\s+for|scheduled\\s+for|discuss\\w*|debat\\w*|stud(?:ied|ying)|explor\\w*|suggest\\w*"
            // "a report recommended that the county install cameras": advice, not a deed
            + "|recommend\\w*|urg(?:ed|es|ing)|(?:called|calling|calls)\\s+(?:on|upon)"
            // a wish, as in DENIAL
            + "|want(?:s|ed)?\\s+to"
            + "|(?:he|she|they|officials?|the\\s+(?:sheriff|chief|mayor|council|board|department|commissioner))\\s+(?:had\\s+)?(?:hoped|wished)\\s+to"
            + ")\\b|n[’']t\\b|" + LAW_ALLOWS + "\\b";

    /**
     * Phrases that look like hedges but deny nothing: an open start ("if not earlier", "and possibly
     * before then") or the writer's own research ("from the evidence we could gather").
     */
    public static final String NOT_DENIAL = "\\(?\\b(?:if not|or even|and possibly|possibly|and probably|probably|or)\\s+"
            + "(?:earlier|before|sooner|longer)(?:\\s+then)?\\)?|\\bwe\\s+could\\s+(?:gather|find|locate|identify)\\b"
            // a loss ("left them without jobs") and a case's outcome ("their charges were dropped") deny no tactic
            + "|\\bwithout\\s+(?:jobs?|work|a\\s+job|employment)\\b|\\b(?:lost|wasted)\\s+no\\s+time\\b|\\bcharges?\\s+(?:(?:was|were)\\s+)?(?:later\\s+)?dropped\\b"
            + "|\\bdropped\\s+(?:the\\s+|their\\s+|all\\s+)?charges\\b"
            // a first time ("had never run a prostitution sting until March 2015, when ..."): what follows "until" happened
            + "|\\bnever\\s+(?:[\\w-]+\\s+){1,5}?until\\b"
            // a zone's name and what it forbids ("a no-prostitution zone", "men convicted of soliciting may not enter it")
            + "|\\bno[\\s-]+prostitution\\s+zones?\\b|\\b(?:may|can|must)\\s+not\\s+(?:enter|return\\s+to|set\\s+foot)\\b";

    /**
     * Modals and conditions of a habit ("once arrested, buyers may be served with SOAP orders", "if you
     * buy sex you will be arrested", "announced that it would publicize the names"): no denial when the
     * clause speaks of arrested people (see {@link #HABIT_SUBJECT}).
     */
    public static final String HABIT = "\\b(?:may|will|can|if)\\b|\\b(?:announced?|announcing)\\s+(?:that\\s+)?(?:\\w+\\s+){1,3}would\\b"
            // "police said 6 men had been charged and that their names would be released": a promise of the practice
            + "|\\bthat\\s+(?:their|his|the)\\s+(?:names?|identities|photos?|mug\\s?shots?)\\s+would\\b";

    /** The people a habit is about: arrested buyers or offenders ("if a sex buyer solicited from a car, he may have it impounded"). */
    public static final String HABIT_SUBJECT = "\\b(?:used|driven)\\s+to\\s+(?:solicit|pick\\s+up|buy)\\b|\\bmen\\s+(?:charged|cited|who\\s+solicit)\\b|\\barrest\\w*|\\boffenders?\\b|\\bconvicted\\b|\\bbuyers?\\b|\\bjohns?\\b|\\b(?:been|were|was)\\s+charged\\b";

    /** A sentence that goes on about the person of the sentence before ("He may also be served with ..."). */
    public static final String CONTINUED_SUBJECT = "^(?:He|She|They)\\s";

    private Hedges() {}
}
