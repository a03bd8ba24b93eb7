package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.extract.lexicon.BuyerWords;
import org.demandgraph.vocab.Tactic;

/**
 * Sentence-level evidence that the place used a tactic: each rule is a pattern plus the context the
 * sentence must also show (that the people concerned are buyers). A match in a denied, planned or
 * hypothetical clause ("names were not released", "no plans to") does not count.
 */
final class TacticRules {

    record Phrase(Tactic tactic, Pattern pattern, Pattern context) {}

    private static final String BUYERS = BuyerWords.ANY + "|\\bmen\\b|\\bman\\b|arrest|charged|suspect|offender|those";
    /** Offering to pay for sex is what a buyer does ("when men offer money for sex to a decoy, they are taken into custody"). */
    static final String OFFERS = "\\b(?:offer\\w*|pa(?:y|id|ying))\\s+(?:\\w+\\s+){0,3}for\\s+(?:sex|sexual)"
            + "|\\b(?:agree|negotiat)\\w*\\s+(?:on\\s+|to\\s+)?(?:a\\s+|the\\s+)?price\\b|\\bproposition(?:s|ed|ing)?\\b|\\bseek\\w*\\s+paid\\s+sex\\b";
    private static final String SEX_TRADE = BuyerWords.SEX_TRADE;
    /** A buyer's vehicle, by any of its names ("their pickups towed"). */
    private static final String VEHICLES = "(?:vehicles?|cars?|automobiles?|trucks?|pickups?|vans?|SUVs?)";
    /** The sentence is about prostitution or its buyers. */
    private static final String PROSTITUTION = "prostitut|" + BuyerWords.ANY;
    /** "Men arrested in Corbin Bay stings ...": people arrested in stings, who are buyers. */
    private static final String ARRESTED_IN_STINGS = "\\b(?:men|those|people)\\s+(?:arrested|caught|charged)\\s+in\\s+(?:[\\w’'-]+\\s+){0,3}stings\\b";
    private static final String POLICE = "police|officers?|detectives?|investigators?|sheriff|undercover|decoy|deputies|agents|sting|troopers?|operations?|law enforcement";
    /** Tactics a background crime story (trafficking, homicide) must not evidence; identity disclosure only where its clause names buyers. */
    private static final Set<Tactic> NOT_IN_BACKGROUND = java.util.EnumSet.of(
            Tactic.BUYER_ARRESTS, Tactic.WEB_STINGS, Tactic.AUTO_SEIZURE, Tactic.EMPLOYMENT_LOSS);
    /** Vehicles seized with cash, jewellery or drugs are a business's assets, not buyers' cars. */
    private static final Pattern ASSETS = Pattern.compile("\\b(?:seiz\\w*|confiscat\\w*)\\b[^.;]{0,80}?\\b(?:currency|cash|proceeds|jewel\\w*|drugs|narcotics|firearms|weapons|guns|goods)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Buyers named as such in a crime story: by a buyer word or by what they did. */
    private static final Pattern BUYERS_NAMED = Pattern.compile(BuyerWords.ANY + "|" + OFFERS, Pattern.CASE_INSENSITIVE);
    /** Photos of a victim posted to advertise her are the trafficker's doing, not buyers being named. */
    private static final Pattern VICTIM_ADVERTISED = Pattern.compile("\\bvictims?\\b|\\badvertis", Pattern.CASE_INSENSITIVE);
    /** A newspaper by its name ("the Elm City Daily Herald", "the Hollis Daily Star"). */
    private static final String NEWSPAPER = "(?:[A-Z][\\w.-]*\\s+){0,3}(?:Herald|Times|News|Post|Journal|Gazette|Tribune|Ledger|Courier|Register|Observer|Chronicle|Dispatch"
            + "|Star|Sentinel|Banner|Messenger|Inquirer|Bulletin)";
    /** Cameras by any of their names (also read by {@link CameraStreets}). */
    static final String CAMERA_WORDS = "\\bcameras?\\b|\\bclosed[\\s-]circuit\\b|\\bCCTV\\b|\\bvideo\\s+surveillance\\b|\\bsurveillance\\s+video\\b"
            + "|\\b(?:licen[sc]e[\\s-])?plate[\\s-]readers?\\b|\\bsurveillance\\s+(?:trailers?|towers?|vans?)\\b";
    private static final List<Phrase> BASE_RULES = List.of(
            // A mugshot or booking photo is taken on arrest: publishing one needs no further buyer context.
            rule(Tactic.IDENTITY_DISCLOSURE,
                    "\\b(?:mug\\s?shots?|booking photos?)\\b[^.;]{0,80}?\\b(?:released|published|posted|uploaded|disclosed|made public|publicized|broadcast|printed|available\\s+(?:on|to|online)|appear(?:s|ed)?\\s+(?:[\\w-]+\\s+){0,3}(?:in|on))\\b"
                    + "|\\b(?:publish(?:ed|es)?|release[sd]?|post(?:ed|s)?|disclos(?:ed|es)|publiciz(?:ed|es)|print(?:ed|s))\\b[^.;]{0,40}?\\b(?:mug\\s?shots?|booking photos?)\\b",
                    null),
            rule(Tactic.IDENTITY_DISCLOSURE,
                    "\\b(?:names?|identities|identity|photos?|photographs?|mug\\s?shots?|pictures?|faces?)\\b[^.;]{0,120}?"
                    + "\\b(?:released|published|provided to (?:the )?(?:local )?(?:media|press|news)|posted|disclosed|made public"
                    + "|publicized|publicised|broadcast|printed|shared with (?:the )?(?:media|press)|(?:given|handed|passed|sent|supplied)\\s+to\\s+(?:the\\s+)?(?:local\\s+)?(?:media|press|reporters|newspapers?|" + NEWSPAPER + "))\\b"
                    + "|\\b(?:publish(?:ed|es)?|release[sd]?|post(?:ed|s)?|tweet(?:ed|s)?|disclos(?:e|ed|es)|publici[sz]e[sd]?|print(?:ed|s)?)\\b"
                    + "[^.;]{0,40}?\\b(?:names|identities|photos|photographs|mug\\s?shots|pictures)\\b"
                    + "|\\b(?:display(?:ed|s)?|show(?:ed|s)|announc(?:ed|es))\\b[^.;]{0,40}?\\b(?:names|photos|photographs|mug\\s?shots|pictures)\\b"
                    + "|\\b(?:names?|identities)\\b[^.;]{0,80}?\\bprovided to\\b[^.;]{0,20}\\b(?:media|press|news)"
                    + "|\\b(?:publishing|releasing|posting|publicizing|publicising|disclosing|making public|printing|broadcasting)\\b[^.;]{0,40}?\\b(?:names|identities|photos|photographs|pictures|mug\\s?shots)\\b"
                    // "handing the names of men charged to local media", "sends their names to news outlets"
                    + "|\\b(?:hand\\w*|turn\\w*|send\\w*|sent|giv\\w*|gave|pass\\w*|forward\\w*|suppl\\w*|provid\\w*)\\s+(?:over\\s+)?(?:\\w+\\s+){0,2}"
                    + "(?:names|identities|photos|photographs|mug\\s?shots)\\b[^.;]{0,80}?\\bto\\s+(?:the\\s+)?(?:local\\s+)?(?:media|press|news|reporters|newspapers?|" + NEWSPAPER + ")\\b"
                    + "|\\b(?:names?|identities|identity|photos?|mug\\s?shots?|details)\\b[^.;]{0,80}?\\b(?:included in|reported in|listed in|appeared in|made known in|runs? in|ran in)\\s+(?:the\\s+)?(?:(?:\\w+\\s+){0,2}(?:edition|issue|pages?|section)\\s+of\\s+(?:the\\s+)?)?(?:press|news|media|newspapers?"
                    // a newspaper by its name ("appeared in the Elm City Daily Herald")
                    + "|" + NEWSPAPER + ")"
                    // "a new variation on shaming tactics: postcards ...": shaming names the kind of the tactic that follows
                    + "|\\bidentity disclosure\\b|\\bwall\\s+of\\s+shame\\b|\\bshame\\s+(?:campaigns?|lists?|pages?|websites?|boards?)\\b|(?<!(?:variation|version|form|kind|type)\\s(?:on|of)\\s)\\bshaming\\b|\\bsham(?:e|es|ed)\\s+(?:\\w+\\s+){0,2}(?:buyers|johns|men|customers)\\b"
                    + "|\\b(?:air(?:ed|ing)?|televis\\w*|broadcast\\w*)\\b[^.;]{0,40}?\\barraignments?\\b"
                    // "naming arrested buyers in the press", "news releases give the name, age and hometown of each man"
                    + "|\\bnam(?:ing|ed|es)\\s+(?:\\w+\\s+){0,3}(?:buyers|johns|men|customers|arrestees)\\s+(?:in|to)\\s+(?:the\\s+)?(?:local\\s+)?(?:press|media|news|newspapers?)\\b"
                    + "|\\b(?:news|press|media)\\s+releases?\\b[^.;]{0,40}?\\b(?:names?|identities|photos?)\\b"
                    // "the faces of men arrested go up on the department’s Facebook page"
                    + "|\\b(?:names|identities|faces|photos|photographs|mug\\s?shots|pictures)\\b[^.;]{0,80}?\\b(?:go(?:es)?|went|are\\s+put|were\\s+put)\\s+up\\s+on\\b"
                    + "|\\b(?:names|faces|photos|photographs|mug\\s?shots|pictures)\\b[^.;]{0,80}?\\bon\\s+(?:the\\s+|its\\s+)?(?:[\\w’'-]+\\s+){0,2}(?:Facebook|Twitter|Instagram)\\b"
                    // "the names ... have been listed on the sheriff's office website"
                    + "|\\b(?:names|identities|photos|photographs|mug\\s?shots|pictures)\\b[^.;]{0,80}?\\b(?:listed|displayed|shown)\\s+on\\s+(?:the\\s+|its\\s+|their\\s+)?(?:[\\w’'-]+\\s+){0,3}(?:website|web\\s+site|web\\s+page|site|page)\\b", BUYERS),
            // "posts on its website the license plate numbers of every car stopped in the stings"
            rule(Tactic.IDENTITY_DISCLOSURE,
                    "\\b(?:publish\\w*|post(?:s|ed|ing)?|releas\\w*|print\\w*)\\s+(?:(?:on|in)\\s+(?:its|their|the|a)\\s+(?:[\\w-]+\\s+){0,2})?(?:the\\s+)?"
                    + "(?:licen[sc]e\\s+plate\\s+numbers|plate\\s+numbers|licen[sc]e\\s+plates)\\b"
                    + "|\\b(?:licen[sc]e\\s+)?plate\\s+numbers\\b[^.;]{0,60}?\\b(?:are|were|is|was|get|gets)\\s+(?:published|posted|released|printed)\\b",
                    BUYERS + "|sting|prostitut|cruis"),
            rule(Tactic.EMPLOYMENT_LOSS,
                    "\\b(?:resigned|resign|resignation|fired|(?:lost|quit) (?:his|her|their) (?:jobs?|positions?|employment|posts?|careers?)"
                    + "|(?:was|were) terminated|terminated from|who\\s+was\\s+(?:later\\s+|promptly\\s+|quickly\\s+|soon\\s+)?(?:dismissed|sacked)\\b(?!\\s+(?:from\\s+)?(?:the\\s+)?(?:case|charges?|jury|suit|lawsuit))|(?:was|were)\\s+(?:[\\w-]+\\s+){0,5}?(?:dismissed|let\\s+go)\\s+(?:by|from)\\b|stepped down|forced to resign|relieved\\s+of\\s+(?:his|her|their)\\s+(?:duties|duty|command|posts?|positions?)|loss of employment|without (?:jobs|work|a job))\\b",
                    "prostitut|sting|" + BuyerWords.ANY + "|\\b(?:men|those|man)\\s+(?:arrested|charged|caught)\\b"
                    // "Among the fourteen was a lineman ...": one of the people the text has just counted
                    + "|\\bamong\\s+(?:the|those)\\s+(?:[\\w-]+\\s+){1,2}(?:was|were)\\b"
                    // "a second round ended in 14 arrests, including a pastor who later resigned"
                    + "|\\b(?:arrests|arrested|charged)\\b[^.;]{0,80}?\\bincluding\\s+(?:an?|one|the)\\s+(?:[\\w-]+\\s+){0,3}who\\b"
                    // "resigned two weeks after his arrest", "were arrested, among them a coach who resigned", men met through decoys,
                    // "The names of the three men were published. One of them ... resigned."
                    + "|\\b(?:after|following|since)\\s+(?:his|her|their)\\s+arrests?\\b|\\barrested\\b[^.;]{0,20}\\bamong\\s+them\\b|\\bdecoys?\\b"
                    + "|\\b(?:names|identities|photos|photographs|mug\\s?shots)\\s+of\\s+(?:the|all|all\\s+the)\\s+(?:[\\w-]+\\s+)?men\\b"),
            rule(Tactic.AUTO_SEIZURE,
                    "\\b" + VEHICLES + "\\b[^.;]{0,80}?\\b(?:seized|impounded|towed|forfeited|confiscated|hauled)\\b"
                    + "|\\b(?:seiz(?:ed|es|ing|ure)|impound(?:ed|s|ing|ment)?|forfeit(?:ed|ure)?|confiscat\\w*)\\b[^.;]{0,40}?\\b" + VEHICLES + "\\b"
                    + "|\\b(?:car|vehicle|auto)\\s+(?:impoundments?|impounds?|seizures?|forfeitures?)\\b"
                    // "the vehicle is taken to the police garage and held until he pays a fee"
                    + "|\\b" + VEHICLES + "\\b[^.;]{0,40}?\\b(?:taken|driven|moved)\\s+to\\s+(?:the\\s+|a\\s+)?(?:[\\w-]+\\s+){0,2}(?:lots?|garages?|yards?|impound\\w*)\\b",
                    // "agreed to pay a decoy ...; 8 drivers were booked and their pickups towed": a sting's buyers
                    SEX_TRADE + "|decoy|\\bbooked\\b"),
            rule(Tactic.COMMUNITY_SERVICE, "\\bcommunity service\\b|\\bwork\\s+(?:crews?|details?|gangs?)\\b|\\bunpaid\\s+(?:community\\s+)?(?:work|labou?r)\\b|\\b(?:hours|days)\\s+of\\s+(?:community\\s+)?(?:clean-?up|street\\s+cleaning)\\b"
                    // "sentenced to spend four Saturdays picking up litter"
                    + "|\\b(?:pick(?:s|ing)?\\s+up|collect(?:s|ing)?|clear(?:s|ing)?)\\s+(?:the\\s+)?(?:litter|trash|garbage|rubbish)\\b"
                    // "sentenced to 40 hours cleaning up the park where they were arrested"
                    + "|\\bclean(?:s|ed|ing)?\\s+up\\s+(?:the\\s+|a\\s+)?(?:[\\w-]+\\s+)?(?:parks?|streets?|litter|trash|neighbou?rhoods?|graffiti|alleys?|lots?)\\b",
                    "order|required|sentenc|perform|imposed|condition|hours|complete|coupled"),
            rule(Tactic.JOHN_SCHOOL,
                    "\\bjohns?[’']?s? schools?\\b|first offender prostitution program|offender (?:education|accountability) program"
                    + "|(?:sex buyer|john|buyer)s?[’']? (?:education|diversion|intervention|accountability|awareness) (?:program|class|course)"
                    // an acronym's expansion ("JEDI (John Education and Deterrence Initiative)")
                    + "|\\((?:sex\\s+)?(?:john|buyer)s?[’']?\\s+(?:education|diversion|accountability)\\b"
                    + "|\\b(?:diversion\\s+)?(?:class|course|program|programme|school)(?:es|s)?\\s+for\\s+(?:[\\w-]+\\s+){0,2}(?:men|buyers|johns|customers|clients)\\b"
                    // "a court program that sends first offenders to a class on the harms of the sex trade"
                    + "|\\b(?:sends?|sent|refer(?:s|red)?|ordered)\\s+(?:[\\w-]+\\s+){0,3}to\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,2}(?:class|course|school)\\s+(?:on|about)\\b"
                    + "|\\b(?:attend|complete)\\w*\\s+(?:a\\s+|an\\s+|the\\s+)?(?:[\\w-]+\\s+){0,3}(?:class|course|program|seminar|workshop)\\b"
                    // "a Sex Trade Offender Program", not a sex offender's treatment
                    + "|(?<!sex\\s)\\boffender\\s+(?:\\w+\\s+)?(?:program|class|course|school)\\b"
                    // "sits through a Saturday morning in a classroom ... hearing from a survivor"
                    + "|\\b(?:sit(?:s|ting)?\\s+through|spend(?:s|ing)?|attend(?:s|ing)?)\\s+(?:[\\w-]+\\s+){0,4}in\\s+a\\s+classroom\\b",
                    // the people are buyers: named so, or (in this sentence or the one before) men arrested in stings
                    PROSTITUTION + "|demand|sex|" + ARRESTED_IN_STINGS),
            // "men arrested for soliciting spend two Saturdays scrubbing graffiti off storefronts": work a buyer is set
            rule(Tactic.COMMUNITY_SERVICE, "\\b(?:scrub(?:s|bed|bing)?|paint(?:s|ed|ing)?\\s+over|remov(?:e|es|ed|ing))\\s+(?:the\\s+)?graffiti\\b",
                    BuyerWords.ANY + "|convicted|arrested|offenders?"),
            // "a first-time buyer may sit through an eight-hour education session": a session of its own, told of buyers
            rule(Tactic.JOHN_SCHOOL,
                    "\\b(?:sit(?:s|ting)?\\s+through|attend\\w*|complet\\w*|tak(?:e|es|ing))\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,3}"
                    + "(?:education(?:al)?|awareness|accountability)\\s+(?:sessions?|seminars?|class(?:es)?|courses?|workshops?)\\b"
                    // "a one-day “Demand Diversion” workshop"
                    + "|\\b(?:diversion|intervention)[”\"’]?\\s+(?:workshops?|seminars?|sessions?)\\b",
                    BuyerWords.ANY + "|arrested|convicted"),
            rule(Tactic.SOAP_ORDERS,
                    "\\bSOAP[”\"’]?\\s+orders?\\b|stay[\\s-]out[\\s-]of[\\s-]areas?[\\s-]of[\\s-]prostitution|stay[\\s-](?:away|out)(?:[\\s-]of[\\s-](?:the[\\s-])?areas?)?[\\s-]orders?|exclusion zones?"
                    + "|\\bgeographic(?:al)?\\s+restraining\\s+orders?"
                    + "|\\b(?:banned|barred|prohibited) from (?:entering |returning to )?(?:the |certain |designated )?(?:areas?|zones?|neighborhoods?|district)",
                    PROSTITUTION + "|SOAP|" + ARRESTED_IN_STINGS),
            // an order described, not named: buyers barred from, or ordered to keep out of, a stretch of the city
            rule(Tactic.SOAP_ORDERS,
                    "\\b(?:ban(?:s|ned|ning)?|bar(?:s|red|ring)?|prohibit(?:s|ed|ing)?|exclud(?:es|ed|ing)|restrict(?:s|ed|ing)?|keep(?:s|ing)?|kept"
                    + "|ordered\\s+to\\s+(?:stay|keep)|ordered(?=\\s+out\\s+of\\b))\\b[^.;]{0,40}?\\b(?:from|out\\s+of|away\\s+from)\\s+"
                    + "(?:entering\\s+|re-?entering\\s+|returning\\s+to\\s+|going\\s+(?:in)?to\\s+)?(?:the\\s+|certain\\s+|designated\\s+|marked\\s+)?(?:[\\w-]+\\s+){0,3}"
                    + "(?:areas?|zones?|corridors?|neighbou?rhoods?|districts?|downtown|blocks|strip|parts)\\b",
                    BuyerWords.CONTEXT),
            rule(Tactic.SOAP_ORDERS,
                    // an order, not a plea ("signs urging johns to stay out of the neighborhood")
                    "\\b(?:order(?:s|ed|ing)?|requir(?:e|es|ed|ing)|told|direct(?:s|ed|ing)?|must)\\b[^.;]{0,160}?\\bto\\s+(?:stay|keep)\\s+(?:away\\s+from|out\\s+of)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}(?:areas?|zones?|corridors?|neighbou?rhoods?|districts?|downtown|blocks|strip)\\b",
                    // "ordered several of the 17 men to stay out of the corridor": the men are the arrested buyers
                    BuyerWords.CONTEXT + "|convicted|arrested"),
            // "barred from Foster Avenue and the blocks around it": a named street or stretch
            rule(Tactic.SOAP_ORDERS,
                    "\\b(?:banned|barred|prohibited|excluded)\\s+from\\s+(?:entering\\s+|returning\\s+to\\s+)?(?:[A-Z][\\w-]*\\s+){1,3}"
                    + "(?:Street|Avenue|Boulevard|Road|Drive|Highway|Row|Strip|Corridor)\\b",
                    BuyerWords.ANY + "|convicted|arrested"),
            // "forbidden to set foot on the Row for a year"
            rule(Tactic.SOAP_ORDERS,
                    "\\b(?:forbidden|barred|banned|prohibited|ordered\\s+not|told\\s+not)\\s+(?:from\\s+setting|to\\s+set)\\s+foot\\s+(?:on|in|into)\\b",
                    BuyerWords.ANY + "|convicted|arrested"),
            // "judges order them to avoid Harbor Street as a condition of release", "men charged must stay away from Ferry Street"
            rule(Tactic.SOAP_ORDERS,
                    "\\b(?:order(?:s|ed)?|requir(?:e|es|ed)|told|must)\\b[^.;]{0,60}?\\b(?:to\\s+)?(?:avoid|stay\\s+off|(?:stay|keep)\\s+(?:away\\s+from|out\\s+of))\\s+(?:the\\s+)?(?:[A-Z][\\w-]*\\s+){1,3}(?:Street|Avenue|Boulevard|Road|Drive|Highway)\\b",
                    BuyerWords.CONTEXT + "|convicted|arrested|charged"),
            rule(Tactic.LETTERS,
                    "\\bdear john[”\"’]?\\s+letters?\\b|\\b(?:letters?|postcards?)\\b[^.;]{0,60}?\\b(?:sent|mailed)\\b"
                    // "letters go out to the homes of men whose plates were recorded"
                    + "|\\b(?:letters?|postcards?)\\s+(?:go|goes|went|going)\\s+out\\b|\\b(?:letters?|postcards?)\\s+to\\s+(?:the\\s+)?(?:homes?|(?:registered\\s+)?owners?)\\b"
                    + "|\\b(?:sent|mailed|send|sending|mailing|mails?)\\b[^.;]{0,40}?\\b(?:letters?|postcards?|warnings?|notices?)\\b"
                    // "a warning notice signed by the chief arrives at the registered owner’s address"
                    + "|\\b(?:letters?|postcards?|notices?|warnings?)\\b[^.;]{0,80}?\\b(?:arriv(?:e|es|ed|ing)|delivered)\\s+(?:at|to)\\b"
                    + "|\\b(?:letters?|postcards?|notices?)\\s+(?:at|to)\\s+(?:their|his|the)\\s+homes?\\b"
                    // "gets a warning in the mail"
                    + "|\\b(?:warnings?|notices?|letters?|postcards?)\\s+(?:in|by|through)\\s+(?:the\\s+)?(?:mail|post)\\b"
                    // "owners of cars seen circling the blocks receive a letter from the chief"
                    + "|\\b(?:receiv(?:e|es|ed|ing)|gets?|got|getting)\\s+(?:an?\\s+)?(?:warning\\s+)?(?:letters?|postcards?)\\b",
                    PROSTITUTION + "|vehicle|car\\b|cars\\b|owner|offenders?|cruis"),
            rule(Tactic.LICENSE_SUSPENSION,
                    "\\b(?:driver[’']?s[’']?|driving)\\s+licen[sc]es?\\b[^.;]{0,40}?\\b(?:suspen\\w*|pulled|revoked|yanked|taken\\s+away)|\\b(?:los(?:e|es|t|ing)|revok\\w*|suspen\\w*)\\s+(?:\\w+\\s+){0,2}driving\\s+privileges\\b|\\bsuspen\\w*\\b[^.;]{0,40}?\\b(?:driver[’']?s[’']?|driving)\\s+licen[sc]e"
                    // "costs a man his right to drive for six months"
                    + "|\\b(?:cost(?:s|ing)?|los(?:e|es|t|ing)|revok\\w*|suspen\\w*|strip\\w*|tak(?:e|es|en|ing)\\s+away)\\b[^.;]{0,30}?\\b(?:right|privilege)\\s+to\\s+drive\\b"
                    // "takes away the license of any man convicted of soliciting ... from his car"
                    + "|\\b(?:tak(?:e|es|en|ing)\\s+away|suspend(?:s|ed|ing)?|revok(?:e|es|ed|ing)|pull(?:s|ed|ing)?)\\s+(?:the\\s+|his\\s+|their\\s+)?licen[sc]es?\\s+of\\s+(?:\\w+\\s+){0,3}"
                    + "(?:men|man|buyers?|johns?|drivers?|motorists?)\\b[^.;]{0,80}?\\b(?:cars?|vehicles?|trucks?)\\b",
                    PROSTITUTION + "|convict|arrest|charg"),
            rule(Tactic.CAMERAS, CAMERA_WORDS,
                    BuyerWords.ANY + "|license plates?"),
            rule(Tactic.PUBLIC_EDUCATION,
                    "\\b(?:awareness|education(?:al)?|prevention|anti-demand)\\s+(?:campaign|initiative|ads?|billboards?|messages?)s?\\b"
                    + "|\\b(?:radio|television|tv|bus|bus\\s+shelter|transit|subway)\\s+(?:and\\s+(?:[\\w-]+\\s+){1,2})?(?:advertisements|ads|spots?|campaigns?|posters)\\b"
                    // "the “Buyer Beware” campaign puts cards in motel rooms warning guests that ..."
                    + "|\\bcampaigns?\\b[^.;]{0,80}?\\b(?:warn|tell|remind)(?:s|ed|ing)?\\s+(?:\\w+\\s+){0,2}(?:men|buyers|johns|guests|drivers|customers|visitors|travell?ers|the\\s+public)\\b"
                    + "|public service announcements?|\\bPSAs?\\b|\\bbillboards?\\b|\\bpublic (?:education|awareness)\\b"
                    // "posters in truck stops tell men that buying sex ends with a night in jail"
                    + "|\\b(?:posters?|signs?|placards?|flyers?|leaflets?)\\b[^.;]{0,60}?\\b(?:tell|warn|remind)(?:s|ed|ing)?\\s+(?:men|buyers|johns|drivers|customers|would-be)\\b"
                    // "a short film on the harm of buying sex is shown in every high-school health class"
                    + "|\\b(?:films?|videos?|documentar(?:y|ies)|lessons?|curricul(?:um|a)|presentations?)\\b[^.;]{0,80}?\\b(?:shown|screened|taught|presented|given)\\b[^.;]{0,40}?\\b(?:schools?|class(?:es)?|classrooms?|students|pupils|teenagers|youth)\\b",
                    "buy|demand|" + BuyerWords.ANY),
            rule(Tactic.NEIGHBORHOOD_ACTION,
                    "\\bcitizens?[’']? patrols?\\b|\\bwatch\\s+groups?\\b|\\b(?:community|neighbou?rhood)\\s+impact\\s+(?:panels?|statements?|sessions?)\\b|\\bneighbou?rhood (?:watch|associations?|groups?|patrols?)\\b|\\b(?:block|community) watch(?:es)?\\b"
                    + "|\\b(?:residents|neighbors|neighbours|homeowners|community members|citizens|associations?|couple|volunteers|parishioners|church members)\\b[^.;]{0,100}?\\b(?:patroll?\\w*|(?:hold|holds|held|holding|carr(?:y|ies|ied|ying))\\s+(?:up\\s+)?(?:[\\w-]+\\s+){0,2}signs|(?:stand|stands|stood|standing)\\b[^.;]{0,60}?\\bwith\\s+(?:[\\w-]+\\s+){0,2}signs|photograph\\w*|picket\\w*|protest\\w*|march(?:ed|es|ing)?|walk(?:s|ed|ing)?\\s+(?:the\\s+)?(?:streets|neighbou?rhoods?|blocks)|vigils?|form(?:s|ed)?\\b|organized|organised|record\\w* license|post\\w* signs|put(?:ting)? up signs|(?:tele)?phone\\s+trees?|(?:hand|pass)\\w*\\s+out\\s+(?:[\\w-]+\\s+)?(?:flyers|fliers|leaflets))"
                    + "|\\bneighbou?rhood (?:action|efforts?)\\b|\\b(?:block|tenants?|residents?[’']?|homeowners?[’']?|civic)\\s+associations?\\b[^.;]{0,80}?\\b(?:hotline|tip line|report\\w*|patrol\\w*)"
                    + "|\\b(?:residents|neighbors|neighbours|members)\\b[^.;]{0,40}?\\blog\\w*\\s+(?:the\\s+)?(?:license\\s+)?plates\\b"
                    // "shopkeepers ... writing down the plate numbers of men who circle the block"
                    + "|\\b(?:residents|neighbors|neighbours|shopkeepers|merchants|business\\s+owners|volunteers)\\b[^.;]{0,80}?"
                    + "\\b(?:writ(?:e|es|ing)\\s+down|jot(?:s|ting)?\\s+down|not(?:e|es|ing)|record(?:s|ing)?|log(?:s|ging)?)\\s+(?:the\\s+)?(?:license\\s+)?plate\\s+numbers\\b"
                    // "Members of the Hilltop Action Coalition film the license plates of cars cruising"
                    + "|(?-i:\\b(?:Coalition|Association|Alliance|Watch|Committee|Neighbors|Neighbours))\\b[^.;]{0,60}?"
                    + "\\b(?:film\\w*|photograph\\w*|videotap\\w*|record\\w*|log\\w*)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}(?:plates|cars|vehicles|drivers|johns|buyers)\\b",
                    PROSTITUTION + "|cruis\\w*|circl\\w*|\\bstings?\\b"),
            rule(Tactic.IT_BASED_TACTICS,
                    "\\bchat\\s?bots?\\b|\\bautomated\\s+(?:\\w+\\s+)?(?:texts?|messages?|chats?|replies|responses|warnings?)\\b|\\bdeterrence messag\\w*|\\b(?:pre-?)?recorded\\s+(?:warnings?|messages?)\\b|\\bartificial[\\s-]intelligence\\b|\\bAI[\\s-]+(?:powered\\s+)?(?:decoys?|bots?|chat\\w*)\\b"
                    // "a computer program answers every text sent to the numbers in the decoy ads"
                    + "|\\b(?:computer\\s+(?:programs?|systems?)|software(?:\\s+(?:programs?|systems?))?)\\b[^.;]{0,40}?\\b(?:answer|repl(?:y|ie)|respond|text|messag)\\w*",
                    "buy|john|demand|purchas|solicit|ads?\\b|deter"),
            rule(Tactic.BUYER_ARRESTS,
                    "\\b(?:arrest\\w*|charg(?:ed|es|ing)|cited|citations?|summons(?:es|ed)?|ticketed|apprehend\\w*|booked|handcuffed|intercept\\w*|taken into custody)\\b",
                    BuyerWords.ANY + "|" + OFFERS + "|" + BuyerArrestClauses.REVERSE.pattern()),
            rule(Tactic.REVERSE_STINGS,
                    "\\breverse[\\s-]+(?:prostitution[\\s-]+)?stings?\\b|\\b(?:john|decoy)[\\s-]+stings?\\b|\\b(?:reverse|decoy|john)[\\s-]+operations?\\b"
                    + "|\\b(?:(?:posing|dressed|disguised)\\s+as|play(?:s|ing|ed)?\\s+the\\s+(?:part|role)s?\\s+of)\\s+(?:a |an )?(?:prostitut\\w*|streetwalkers?|sex workers?|women|woman|minors?|teens?|girls?|escorts?|decoys?)", POLICE),
            rule(Tactic.WEB_STINGS,
                    "\\b(?:web|online|internet|web-based|internet-based|on-line)[\\s-]+(?:reverse[\\s-]+)?stings?\\b"
                    + "|\\b(?:plac(?:e|es|ed)|post(?:s|ed)?|r[au]ns?|creat(?:e|es|ed))\\b[^.;]{0,30}?\\b(?:ads?|advertisements?|listings?)\\b[^.;]{0,60}?\\b(?:websites?|web sites?|online|internet|craigslist|backpage|social media|the site|apps?)\\b"
                    + "|\\bpos(?:ed|ing|es?)\\s+as\\b[^.;]{0,40}?\\b(?:online|websites?|web sites?|internet|craigslist|backpage|social media|dating (?:sites?|apps?))\\b"
                    + "|\\b(?:online|internet|web)\\s+(?:ads?|advertisements?|listings?)\\s+(?:placed|posted|created)\\s+by\\s+(?:law enforcement|police|officers|detectives|deputies)"
                    + "|\\b(?:using|via|by way of|through)\\s+(?:the\\s+)?(?:web|internet)\\b|\\bstings?\\b[^.;]{0,40}?\\b(?:and|or)\\s+(?:online|on\\s+the\\s+(?:internet|web))\\b|\\bweb[\\s-]+based\\s+(?:reverse\\s+)?(?:stings?|operations?)"
                    // chatting with a "girl" who was an undercover officer
                    + "|\\bchat(?:s|ted|ting)?\\s+(?:online\\s+)?with\\b[^.;]{0,80}?\\b(?:undercover|decoy)\\b"
                    // a decoy or fake ad or profile is the police's; so is an ad "posted online by undercover officers"
                    + "|\\b(?:decoy|fake|bogus|bait|sham|phony|dummy)\\s+(?:\\w+\\s+)?(?:ads?|advertisements?|listings?|profiles?)\\b|\\bpos(?:ed|ing|es?)\\s+online\\s+as\\b"
                    + "|\\b(?:ads?|advertisements?|listings?|profiles?)\\s+(?:placed|posted|created|run)\\s+(?:online|on\\s+(?:the\\s+)?(?:internet|web|websites?))"
                    + "\\s+by\\s+(?:undercover\\s+)?(?:law enforcement|police|officers|detectives|deputies|agents|investigators)",
                    POLICE),
            // officers answering buyers' ads on a website ("detectives answer the personal ads of men seeking paid sex on a classifieds website")
            rule(Tactic.WEB_STINGS,
                    "\\b(?:detectives?|officers?|deputies|agents|investigators|troopers|police)\\s+(?:\\w+\\s+){0,2}(?:answer(?:s|ed|ing)?|repl(?:y|ies|ied|ying)\\s+to|respond(?:s|ed|ing)?\\s+to)\\s+"
                    + "(?:\\w+\\s+){0,3}(?:ads?|advertisements?|listings?|postings?)\\b[^.;]{0,80}?\\b(?:websites?|online|internet|classifieds|apps?)\\b",
                    null),
            // buyers answering an ad online: the ad was the police's
            rule(Tactic.WEB_STINGS,
                    "\\b(?:men|buyers|johns|customers|who)\\s+(?:\\w+\\s+){0,2}(?:responded|replied|answered)\\s+to\\s+(?:an?\\s+|the\\s+)?(?:\\w+\\s+)?(?:ads?|advertisements?|listings?)\\b",
                    "online|internet|\\bweb|website|craigslist|backpage|decoy|undercover"));
    /** The rules above, then the further wordings of {@link TacticWordings}, {@link LaterTacticWordings} and {@link AmongThemTactics}. */
    private static final List<Phrase> RULES = java.util.stream.Stream.of(BASE_RULES, TacticWordings.RULES, LaterTacticWordings.RULES, AmongThemTactics.RULES).flatMap(List::stream).toList();
    /** Rules whose evidence also shows the broader tactic: a web sting is a reverse sting. */
    private static final Map<Tactic, Tactic> ALSO = Map.of(Tactic.WEB_STINGS, Tactic.REVERSE_STINGS);

    private TacticRules() {}

    static Phrase rule(Tactic tactic, String pattern, String context) {
        return new Phrase(tactic, Pattern.compile(pattern, Pattern.CASE_INSENSITIVE),
                context == null ? null : Pattern.compile(context, Pattern.CASE_INSENSITIVE));
    }

    /** The tactic uses one sentence shows, with the sentence as evidence. */
    static List<TacticUse> in(Sentence s, boolean background) {
        return in(s, null, background, null, Set.of());
    }

    /**
     * As {@link #in(Sentence, boolean)}, the context (that the people are buyers) may also come from the
     * sentence before in the same paragraph ("... 19 men were arrested. Their names were published.").
     */
    static List<TacticUse> in(Sentence s, Sentence previous, boolean background, String place, Set<String> otherPlaces) {
        List<TacticUse> out = new ArrayList<>();
        for (Phrase r : RULES) {
            if (background && NOT_IN_BACKGROUND.contains(r.tactic())) continue;
            Matcher m = LiteralGuard.matcher(r.pattern(), s.text());
            while (m.find()) {
                // in a crime story, names disclosed are buyers' only when the clause says so ("the names of 5 men charged with paying for sex")
                if (background && r.tactic() == Tactic.IDENTITY_DISCLOSURE
                        && !LiteralGuard.find(BUYERS_NAMED, Negation.clause(s.text(), m.start(), m.end())) && !BuyerArrestClauses.buyerArrestedBefore(previous)) continue;
                if (Negation.deniedUnlessHabit(s.text(), m.start(), m.end(), previous == null ? null : previous.text())) continue;
                if (UnadoptedProposals.covers(s.text(), m.start(), m.end())) continue;
                // a tactic another place uses ("the city of Brixton runs a john school") is not this place's
                String clause = Negation.clause(s.text(), m.start(), m.end());
                if (OtherPlace.in(clause, place) || OtherPlace.contrasted(s.text(), place) || OtherPlace.about(clause, otherPlaces, place)) continue;
                if (r.tactic() == Tactic.IDENTITY_DISCLOSURE && LiteralGuard.find(VICTIM_ADVERTISED, clause)) continue;
                if (r.tactic() == Tactic.IDENTITY_DISCLOSURE && AmongThemTactics.peopleReleased(s.text(), m.end())) continue;
                if (r.tactic() == Tactic.AUTO_SEIZURE && LiteralGuard.find(ASSETS, Negation.clause(s.text(), m.start(), m.end()))) continue;
                if (r.context() != null && !LiteralGuard.find(r.context(), s.text())
                        && !(previous != null && r.tactic() != Tactic.BUYER_ARRESTS && LiteralGuard.find(r.context(), previous.text()))) continue;
                if (r.tactic() == Tactic.BUYER_ARRESTS && !BuyerArrestClauses.buyerArrest(s.text(), m.start(), m.end(), r.context())) continue;
                out.add(new TacticUse(r.tactic(), TacticUse.Basis.NARRATIVE, Rule.TACTIC_PHRASE, s.evidence()));
                Tactic broader = ALSO.get(r.tactic());
                if (broader != null) out.add(new TacticUse(broader, TacticUse.Basis.NARRATIVE, Rule.TACTIC_PHRASE, s.evidence()));
                break;
            }
        }
        return out;
    }
}
