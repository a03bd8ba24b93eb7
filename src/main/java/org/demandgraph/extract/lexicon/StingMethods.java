package org.demandgraph.extract.lexicon;

/** How a sting was done, as a sentence tells it: police advertising online, or a decoy on a street. */
public final class StingMethods {

    /** Police, as the subject or the maker of an ad. */
    public static final String POLICE = "(?:detectives?|officers?|deput(?:y|ies)|troopers?|agents?|investigators?|police|policewom[ae]n|vice|department|office|division|unit|team)";

    /**
     * A regex of police advertising as sellers or answering for them: "post ads on dating apps", "an ad posted by a detective",
     * "posting decoy ads", "has done most of this work online".
     */
    public static final String WEB = "\\b(?:post|posts|posted|posting|place|places|placed|placing)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+)?(?:ads?|advertisements?|listings?)\\s+(?:online|on\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+)?(?:escort|dating|classifieds?|web|internet|online)\\w*)"
            + "|\\b(?:posted|placed|posting|placing|post|place)\\s+(?:an?\\s+|the\\s+)?(?:decoy|fake|online)\\s+(?:ads?|advertisements?|listings?)"
            + "|\\b(?:ads?|advertisements?|listings?)\\s+(?:posted|placed)\\s+by\\s+(?:an?\\s+|the\\s+)?(?:undercover\\s+)?" + POLICE + "\\b"
            + "|\\b(?:work|enforcement|stings?|operations?)\\s+(?:has\\s+been\\s+|have\\s+been\\s+)?(?:done\\s+|conducted\\s+|run\\s+)?online\\b";

    /** A regex of a decoy on the street: "female deputies on the frontage road", "a female officer along Dorrance Avenue". */
    public static final String STREET = "\\b(?:female|women|woman|undercover)\\s+(?:decoys?|officers?|deput(?:y|ies)|troopers?|detectives?)\\b[^.;]{0,30}?\\b(?:on|along|at|working)\\s+"
            + "(?:the\\s+)?(?:shoulder\\s+of\\s+|corner\\s+of\\s+)?[^.;]{0,30}?\\b(?:street|road|avenue|boulevard|highway|corner|shoulder|strip|corridor)s?\\b"
            + "|\\bdecoys?\\s+(?:on|along)\\s+[^.;]{0,30}?\\b(?:street|road|avenue|boulevard|highway|corner)s?\\b";

    private StingMethods() {}
}
