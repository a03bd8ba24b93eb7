package org.demandgraph.extract;

import java.util.List;
import org.demandgraph.extract.TacticRules.Phrase;
import org.demandgraph.extract.lexicon.BuyerWords;
import org.demandgraph.vocab.Tactic;

/**
 * Further wordings of tactics (rounds 12 and 13), read by {@link TacticRules} after its own rules and under the same checks
 * (denied, planned, another place's, a crime story, a proposal never adopted: {@link UnadoptedProposals}). Each still needs
 * the sentence, or the one before it in the paragraph, to be about buyers.
 */
final class TacticWordings {


    /** Men arrested or charged, either word order ("the arrested men’s cars", "men charged in the sting"): in a demand profile, buyers. */
    private static final String ARRESTED_MEN = "\\b(?:arrested|charged|convicted|accused)\\s+(?:men|man|buyers?)\\b"
            + "|\\b(?:arrest\\w*|charg\\w*)\\s+(?:of\\s+)?(?:more\\s+than\\s+|at\\s+least\\s+|about\\s+|nearly\\s+)?(?:\\d+|[a-z]+)\\s+men\\b";


    /** Men, drivers or buyers in a demand profile. */
    private static final String MEN = "\\b(?:men|man|drivers?|buyers?|johns?|customers?)\\b";
    /** A sentence about buyers or offenders. */
    private static final String OFFENDERS = BuyerWords.ANY + "|" + MEN + "|\\boffenders?\\b|\\barrested\\b|\\bcharged\\b|\\bcited\\b|\\bcustody\\b";

    static final List<Phrase> RULES = List.of(
            // "a handful of men had lost county jobs", "lost his teaching post", "were out of work within a month"
            TacticRules.rule(Tactic.EMPLOYMENT_LOSS,
                    "\\blost\\s+(?:his\\s+|her\\s+|their\\s+)?(?:[\\w-]+\\s+)?(?:jobs?|positions?|posts?|employment|careers?)\\b"
                    + "|\\b(?:was|were|been|left|put)\\s+out\\s+of\\s+(?:work|(?:a|their|his)\\s+jobs?)\\b",
                    BuyerWords.ANY + "|prostitut|\\bstings?\\b|" + ARRESTED_MEN
                    + "|\\b(?:both|two|three|several|some|many|a\\s+handful\\s+of)\\s+(?:of\\s+(?:the|those)\\s+)?men\\b"),
            // "members patrol the avenue and report license plates to police", "block watchers log the plates of cars that circle"
            TacticRules.rule(Tactic.NEIGHBORHOOD_ACTION,
                    "\\b(?:members|residents|neighbou?rs|volunteers|watchers|homeowners)\\b[^.;]{0,80}?"
                    + "\\b(?:report\\w*|log\\w*|record\\w*|not(?:e|es|ed|ing)|photograph\\w*|writ(?:e|es|ing)\\s+down|jot\\w*\\s+down|pass\\w*)\\s+"
                    + "(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:licen[sc]e\\s+)?plates?\\b",
                    // members of a residents' group, not of a task force or a police unit
                    "association|neighbou?rhood|\\bresidents\\b|\\bblock\\b|\\bcommunity\\b|homeowners|citizens|volunteers|watchers|\\bwatch\\b"),
            // a neighbourhood association or watch whose complaints or patrols brought the stings: the sentence tells of decoys
            TacticRules.rule(Tactic.NEIGHBORHOOD_ACTION,
                    "\\bneighbou?rhood\\s+(?:associations?|watch|groups?|patrols?)\\b|\\b(?:block|community)\\s+watch(?:es|ers)?\\b",
                    "\\bpos(?:ed|ing|e)\\s+as\\s+(?:\\w+\\s+)?(?:women|prostitutes|sex\\s+workers|decoys)\\b|\\bdecoys?\\b|\\bsolicit\\w*|\\blicen[sc]e\\s+plates?\\b"),
            // "a one-day class for first offenders" named for arrested men; "a diversion class for men arrested for soliciting"
            TacticRules.rule(Tactic.JOHN_SCHOOL,
                    "\\b(?:one|two|half|full|single|[a-z]+-hour|\\d+-hour)[\\s-]+day\\s+(?:class|course|seminar|session|workshop|program(?:me)?)\\s+for\\s+(?:first[\\s-]+(?:time\\s+)?)?offenders\\b"
                    // a diversion class or course; a diversion "program" only where it teaches (its condition may be community service alone)
                    + "|\\bdiversion\\s+(?:class(?:es)?|courses?|seminars?|workshops?)\\b"
                    + "|\\bdiversion\\s+program(?:me)?s?\\b(?=[^.;]{0,80}\\b(?:class(?:es)?|course|seminar|lectures?|workshop|education)\\b)",
                    BuyerWords.ANY + "|" + ARRESTED_MEN),
            // "men who answer certain decoy ads receive a text telling them their number has been logged"
            TacticRules.rule(Tactic.IT_BASED_TACTICS,
                    "\\bwarning\\s+(?:texts?|text\\s+messages?|messages?|pop-?ups?)\\b(?![^.;]{0,20}\\b(?:by|in|through)\\s+(?:the\\s+)?mail)"
                    + "|\\b(?:receiv\\w*|gets?|got|sent|sends?)\\s+(?:an?\\s+)?(?:automatic\\s+|automated\\s+)?(?:texts?|text\\s+messages?|SMS)\\s+(?:warning|telling|saying|informing|reminding)\\b",
                    "\\bads?\\b|advert|escort|decoy|\\bbuy|john|solicit|purchas"),
            // "set up meetings at motels, and the men who show up are arrested": a decoy's meeting, its buyers arrested
            TacticRules.rule(Tactic.BUYER_ARRESTS,
                    "\\b(?:ads?|decoys?|undercover|meetings?|meet)\\b[^.]{0,160}?" + MEN + "\\s+who\\s+(?:show(?:s|ed)?\\s+up|arriv\\w*|turn(?:s|ed)?\\s+up"
                    + "|stop(?:s|ped)?\\s+for\\s+(?:them|her|the\\s+decoys?))\\b[^.;]{0,60}?\\b(?:are|were|is|was|get|got)\\s+(?:\\w+\\s+)?"
                    + "(?:arrested|charged|cited|booked|taken\\s+into\\s+custody)\\b",
                    "\\bwho\\s+(?:show|arriv|turn|stop)"),
            // "Its officers work as decoys on the truck routes"
            TacticRules.rule(Tactic.REVERSE_STINGS,
                    "\\b(?:officers?|deputies|detectives?|troopers?|agents?)\\b[^.;]{0,40}?\\b(?:work(?:s|ed|ing)?|serv(?:e|es|ed|ing)|act(?:s|ed|ing)?|pos(?:e|es|ed|ing))\\s+as\\s+"
                    + "(?:female\\s+|undercover\\s+)?decoys\\b",
                    null),
            // "detectives reply to online ads": the police answering buyers' ads online
            TacticRules.rule(Tactic.WEB_STINGS,
                    "\\b(?:detectives?|officers?|deputies|agents|investigators|troopers|police)\\s+(?:\\w+\\s+){0,2}(?:answer(?:s|ed|ing)?|repl(?:y|ies|ied|ying)\\s+to|respond(?:s|ed|ing)?\\s+to)\\s+"
                    + "(?:online|internet|web|escort)\\s+(?:ads?|advertisements?|listings?)\\b",
                    null),
            // "the pastor resigned from his church", "let go by their employer"
            TacticRules.rule(Tactic.EMPLOYMENT_LOSS,
                    "\\bresign(?:ed|s)?\\s+from\\s+(?:his|her|their)\\s+(?:church|congregation|parish|pulpit|school|board)\\b"
                    + "|\\b(?:let\\s+go|fired|dismissed|terminated)\\s+by\\s+(?:his|her|their)\\s+(?:employers?|company|firm|church|school|league|district)\\b",
                    // men counted just before ("27 men in custody, among them a youth pastor"): one arrest word alone may be anyone's
                    BuyerWords.ANY + "|\\bmen\\b|\\bcustody\\b"),
            // "a diversion class in place of prosecution", "a class on the harms of the sex trade"
            TacticRules.rule(Tactic.JOHN_SCHOOL,
                    "\\b(?:class(?:es)?|courses?|seminars?|workshops?)\\b[^.;]{0,80}?\\bin\\s+place\\s+of\\s+(?:prosecution|charges|trial|jail)\\b"
                    + "|\\b(?:class(?:es)?|courses?|seminars?|workshops?)\\s+on\\s+the\\s+(?:harms?|dangers?|costs?|consequences?|effects?|realities)\\s+of\\s+"
                    + "(?:the\\s+)?(?:sex\\s+trade|prostitution|buying\\s+sex|commercial\\s+sex|sex\\s+trafficking)\\b",
                    OFFENDERS),
            // "ran bus-shelter ads aimed at men who buy sex": a campaign told by its medium and its audience
            TacticRules.rule(Tactic.PUBLIC_EDUCATION,
                    "\\b(?-i:ads|advertisements|billboards|posters|(?:radio|television|TV)\\s+spots|PSAs)\\b[^.;]{0,30}?\\b(?:aimed\\s+at|targeting|directed\\s+at|addressed\\s+to)\\s+"
                    + "(?:[\\w-]+\\s+){0,2}?(?:men|buyers|johns|drivers|customers)\\b",
                    "\\bbuy|\\bsex\\b|prostitut|solicit|john"),
            // "vehicles used to solicit may be towed and held"
            TacticRules.rule(Tactic.AUTO_SEIZURE,
                    "\\b(?:vehicles?|cars?|trucks?)\\s+(?:of\\s+men\\s+who\\s+solicit|(?:used|driven)\\s+to\\s+(?:solicit|pick\\s+up|buy))\\b[^.;]{0,40}?\\b(?:towed|impounded|seized|forfeited)\\b",
                    null),
            // "the neighborhood, whose association had logged license plates"; "a church group ... logs the plates"
            TacticRules.rule(Tactic.NEIGHBORHOOD_ACTION,
                    "\\b(?:associations?|clubs?|groups?|patrols?|congregations?)\\b[^.;]{0,60}?\\b(?:log\\w*|record\\w*|writ(?:e|es|ing)\\s+down|jot\\w*\\s+down|film\\w*"
                    + "|photograph\\w*|report\\w*|not(?:e|es|ed|ing))\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:licen[sc]e\\s+)?plates?\\b",
                    "neighbou?rhood|\\bblock\\b|residents|church|community|cruis|circl|volunteer"));

    private TacticWordings() {}
}
