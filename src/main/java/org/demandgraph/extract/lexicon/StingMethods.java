package org.demandgraph.extract.lexicon;

/** How a sting was done, as a sentence tells it: police advertising online, or a decoy on a street. */
public final class StingMethods {

    /** Words that make a noun before "ads" something other than the ads themselves ("responded to complaints about ads"). */
    private static final String NOT_ADS = "(?:complaints?|concerns?|reports?|calls?|tips?|questions?|about|over|regarding)\\b";

    /** Places indoors where a decoy on a named street is not a street sting ("at a motel on Lexington Road"). */
    public static final String INDOORS = "\\b(?:motels?|hotels?|inns?|apartments?|rooms?|suites?|truck\\s+stops?|houses?|homes?|lodges?|buildings?|parlou?rs?|spas?|bars?|clubs?)\\b";

    /** Police, as the subject or the maker of an ad. */
    public static final String POLICE = "(?:detectives?|officers?|deput(?:y|ies)|troopers?|agents?|investigators?|police|policewom[ae]n|vice|department|office|division|unit|team|task\\s+force)";

    /**
     * A regex of police advertising as sellers or answering for them: "post ads on dating apps", "an ad posted by a detective",
     * "posting decoy ads", "has done most of this work online".
     */
    public static final String WEB = "\\b(?:post|posts|posted|posting|place|places|placed|placing)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+)?(?:ads?|advertisements?|listings?)\\s+(?:online|on\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+)?(?:escort|dating|classifieds?|web|internet|online)\\w*)"
            + "|\\b(?:posted|placed|posting|placing|post|place)\\s+(?:an?\\s+|the\\s+)?(?:decoy|fake|online)\\s+(?:ads?|advertisements?|listings?)"
            // ads put on a site told by its name ("placed an ad on Backpage", "put a decoy ad on Megapersonals"), not on a named road
            + "|\\b(?:post|posts|posted|posting|place|places|placed|placing|put|puts|putting)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+)?(?:ads?|advertisements?|listings?)"
            + "\\s+on\\s+(?!" + NamedStreets.NAME + ")(?-i:[A-Z])[\\w.-]*"
            + "|\\b(?:ads?|advertisements?|listings?)\\s+(?:posted|placed)\\s+by\\s+(?:an?\\s+|the\\s+)?(?:undercover\\s+)?" + POLICE + "\\b"
            + "|\\b(?:work|enforcement|stings?|operations?)\\s+(?:has\\s+been\\s+|have\\s+been\\s+)?(?:done\\s+|conducted\\s+|run\\s+)?online\\b"
            // officers as sellers in ads: "deputies posing as women in ads on escort websites", "posed as escorts in online classified ads"
            + "|\\bpos(?:e|es|ed|ing)\\s+as\\s+(?:an?\\s+)?[\\w-]+\\s+in\\s+(?:[\\w-]+\\s+){0,3}?(?:ads?|advertisements?|listings?)\\b"
            // "officers posed online as teenage girls"; "detectives posted ads and met responders" (police the subject)
            + "|\\bpos(?:e|es|ed|ing)\\s+online\\s+as\\b"
            + "|(?<=\\b(?:detectives?|officers?|deput(?:y|ies)|troopers?|agents?|investigators?)\\s)(?:posted|placed|posting|placing)\\s+(?:their\\s+own\\s+)?(?:ads|advertisements)\\s+(?:and|to)\\s+(?:met|meet|answered|answer|waited|arranged|lure|lured)\\b"
            // ads answered (by police or by the men they caught): "detectives respond to online escort ads", "men who answered their
            // ads", "after replying to decoy ads on a dating app" (not "responded to complaints about ads")
            + "|\\b(?:answer(?:s|ed|ing)?|respond(?:s|ed|ing)?|repl(?:y|ies|ied|ying))\\s+(?:to\\s+)?(?:an?\\s+|the\\s+|their\\s+|its\\s+|his\\s+|her\\s+|those\\s+|these\\s+)?"
            + "(?:(?!" + NOT_ADS + ")[\\w-]+\\s+){0,2}(?:ads?|advertisements?|listings?|postings?)\\b"
            // "men who had arranged through a dating website to meet an undercover officer", "arranging meetings over an app"
            + "|\\barrang(?:e|es|ed|ing)\\s+(?:[\\w-]+\\s+){0,3}?(?:online\\b|(?:through|via|over|on)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:websites?|web\\s*sites?|sites?|apps?|internet)\\b)";

    /** Where a decoy stands outdoors: a street, road, shoulder, corner, corridor, "a stretch of U.S. 31A". */
    private static final String OUTDOORS = "(?:\\b(?:street|road|avenue|boulevard|highway|corners?|shoulder|strip|corridor|stretch|block)s?\\b"
            + "|\\b(?:east|west|north|south)(?:\\s+|-)side\\b)";

    /** Going to or being on a place ("on", "along", "onto", "out on", "working"). */
    private static final String ON = "(?:on|onto|along|at|working|worked|work|works)\\s+";

    /** An officer by rank: "officers", "a deputy", "troopers", "detectives" (a woman one is a decoy in person). */
    public static final String OFFICER = "(?:officers?|deput(?:y|ies)|troopers?|detectives?)";

    /** An officer in a seller's place: a policewoman, a female officer or deputy, a decoy. */
    private static final String DECOY_NOUN = "(?:policewom[ae]n|decoys?|female\\s+" + OFFICER + ")\\b";

    /** A named street, or a street, corner or shoulder told within a clause naming no place indoors. */
    private static final String PLACE_OUT = "(?:the\\s+corner\\s+of\\s+)?(?:(?:" + NamedStreets.NAME + ")|(?:(?!" + INDOORS + ")[^.;,]){0,30}?" + OUTDOORS + ")";

    /** Up to 30 characters of a clause that name no place indoors. */
    private static final String OUT_GAP = "(?:(?!" + INDOORS + ")[^.;]){0,30}?";

    /**
     * A regex of a decoy on the street: "female deputies on the frontage road", "a female officer along Dorrance Avenue",
     * "a female Wendell County deputy posing as a prostituted woman on the shoulder of Route 97", "sending a female officer
     * onto Harbor Street", "sent decoys back onto the corridor" (not at a motel or hotel on a named road).
     */
    public static final String STREET = "\\b(?:female|women|woman|undercover)\\s+(?:[\\w-]+\\s+){0,3}?(?:decoys?|officers?|deput(?:y|ies)|troopers?|detectives?)\\b"
            + "(?:\\s+pos(?:e|es|ed|ing)\\s+as\\s+(?:an?\\s+)?[\\w-]+(?:\\s+[\\w-]+)?)?" + OUT_GAP + "\\b" + ON + "(?:the\\s+)?(?:shoulder\\s+of\\s+|corner\\s+of\\s+)?" + OUT_GAP + OUTDOORS
            + "|\\bdecoys?\\s+(?:(?:back|out)\\s+)?(?:on|onto|along)\\s+" + OUT_GAP + OUTDOORS
            // officers posing on a street or corner, named or not ("posed as women on Furnace Avenue", "posing as women stood on
            // corners of Foundry Avenue", "posed as a decoy on a stretch of a state route"), not at a motel or hotel on one
            + "|\\bpos(?:e|es|ed|ing)\\s+as\\s+(?:an?\\s+)?[\\w-]+\\s+(?:(?:stood|standing|stand|waited|waiting|walked|walking)\\s+)?(?:on|onto|along|at)\\s+"
            + "(?:(?!" + INDOORS + ")[^.;,]){0,40}?" + OUTDOORS
            // a policewoman or decoy stationed, posted or put on a street ("first stationed a policewoman on Calle Verde as a
            // decoy", "a plainclothes policewoman was posted on Kittredge Street"), not in a motel room on one
            + "|\\b(?:put|puts|putting|placed|placing|stationed|stationing|posted|posting|sent|sending)\\s+(?:an?\\s+|two\\s+|three\\s+)?(?:[\\w-]+\\s+)?" + DECOY_NOUN
            + "\\s+(?:on|onto|along|at)\\s+" + PLACE_OUT
            // decoys working a street without a preposition ("three policewomen worked Division Street over a weekend")
            + "|\\b" + DECOY_NOUN + "\\s+(?:(?:was|were)\\s+)?(?:worked|working|works|work)\\s+(?:the\\s+)?" + PLACE_OUT
            + "|\\b" + DECOY_NOUN + OUT_GAP + "\\b(?:was|were)\\s+(?:stationed|posted|placed|put)\\s+(?:on|along|at)\\s+" + PLACE_OUT
            // a decoy told on a street without "as" ("with a policewoman standing on Canal Road", "a female officer posing on Main
            // Street"), not inside a motel on one
            + "|\\b" + DECOY_NOUN + "\\s+(?:(?:was|were)\\s+)?(?:posing|posed|standing|stood|waiting|waited|walking|walked|working)\\s+"
            + "(?:as\\s+(?:an?\\s+)?[\\w-]+\\s+)?(?:on|along|at)\\s+" + PLACE_OUT
            // decoy details held on named streets ("decoy details a year on Dock Street"), a return to one with a decoy detail
            // ("a joint decoy detail with the X County Sheriff's Office on Broad Street": a partner told between)
            + "|\\bdecoy\\s+(?:details?|operations?|stings?)\\s+(?:(?!" + INDOORS + ")[^.;,]){0,60}?\\b(?:on|along)\\s+" + PLACE_OUT
            + "|\\breturned\\s+to\\s+(?:" + NamedStreets.NAME + ")\\s+with\\s+(?:an?\\s+)?(?:[\\w-]+\\s+){0,2}?decoy\\s+(?:details?|operations?|stings?)\\b";

    /**
     * A regex of a street told before the decoy in one clause: "along Orchard Avenue, where female officers posing as
     * prostitutes arrested ...", "on the Mercer Boulevard strip, where a female officer acted as a decoy". Not when the street
     * only locates a place indoors told right before it ("at a motel on Orchard Avenue, where ..."): see {@link #INDOORS_BEFORE}.
     */
    public static final String STREET_THEN_DECOY = "\\b(?:on|along)\\s+(?:the\\s+)?(?:(?:" + NamedStreets.NAME + ")(?:\\s+(?:strip|corridor|stretch))?"
            + "|(?:[a-z-]+\\s+)?(?:streets?|avenue|boulevard|strip|corridor|stretch|corners?))\\s*,\\s*(?:where|when)\\s+(?:[\\w-]+\\s+){0,6}?"
            + "(?:" + DECOY_NOUN + "|pos(?:e|es|ed|ing)\\s+as\\b|(?:acted|acting|served|serving|worked|working)\\s+as\\s+(?:an?\\s+)?decoys?\\b)";

    /** A place indoors ending the words right before a street ("a sting at a motel " before "on Orchard Avenue"). */
    public static final String INDOORS_BEFORE = INDOORS + "[^.;,]{0,12}$";

    /**
     * A regex of a street noun: "street stings of that kind", "a second street operation", "street details" (not a capitalised
     * street's name, "a Front Street detail"). A street sting only with decoys told outdoors in its sentence or paragraph.
     */
    public static final String STREET_NOUN = "\\b(?-i:street)[\\s-]+(?:decoy[\\s-]+|sting[\\s-]+)?(?:details?|operations?|stings?)\\b";

    /**
     * A regex of an operation told on a street: "a second operation on Canal Street", "a follow-up sting on the same street",
     * "eight more were arrested at the same spot".
     * A street sting only where its paragraph told decoys ({@link #DECOY}) before: "a sting on Route 3" alone may be a motel's.
     */
    public static final String ON_STREET = "\\b(?:operations?|stings?|details?)\\s+(?:on|along)\\s+(?:the\\s+same\\s+(?:street|road|avenue|boulevard|corner|block|stretch)\\b|" + NamedStreets.NAME + ")"
            // "A sting in May 1997 at Harbor Boulevard and Seventh Street", "Another sting, in March 2005 on the corner of Delmar
            // Street and Ninth Avenue": a date between, the street's corner (no place indoors between)
            + "|\\b(?:operations?|stings?|details?)\\b(?:(?!" + INDOORS + ")[^.;]){0,30}?\\b(?:on|along|at)\\s+(?:the\\s+corner\\s+of\\s+)?(?:" + NamedStreets.NAME + ")\\s+and\\s+(?:" + NamedStreets.NAME + ")"
            // "eight more were arrested at the same spot" (after decoys told outdoors)
            + "|\\b(?:arrested|charged|booked|caught)\\s+(?:[\\w-]+\\s+){0,2}?(?:at|on|along)\\s+the\\s+same\\s+(?:spot|street|road|avenue|boulevard|corner|block|stretch)\\b";

    /** A regex of a sting named by the place indoors it was held at: "a motel sting", "a hotel sting", "a truck-stop sting". */
    public static final String PLACE_STING = "\\b(?:motel|hotel|truck[\\s-]+stop|travel[\\s-]+plaza|apartment|massage[\\s-]+parlou?r)[\\s-]+"
            + "(?:(?:reverse|decoy|undercover)[\\s-]+)?(?:stings?|operations?|details?)\\b";

    /** A regex of officers in a seller's place: "posed as", "decoys", "a female deputy". */
    public static final String DECOY = "\\bpos(?:e|es|ed|ing)\\s+as\\b|\\bdecoys?\\b|\\b(?:female|women|woman)\\s+" + OFFICER + "\\b";

    /** A regex of sellers arrested too: "the rest were women charged with prostitution", "arrested 5 women". */
    public static final String SELLERS_TOO = "\\b(?:women|sellers|prostitutes|sex\\s+workers|escorts)\\s+(?:\\w+\\s+){0,2}?(?:charged|arrested|cited|accused)\\b"
            + "|\\b(?:arrested|charged|cited)\\s+(?:\\d+|[a-z]+)\\s+(?:women|sellers|prostitutes|sex\\s+workers|escorts)\\b";

    private StingMethods() {}
}
