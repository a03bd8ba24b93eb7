package org.demandgraph.extract;

import java.util.List;
import org.demandgraph.extract.TacticRules.Phrase;
import org.demandgraph.extract.lexicon.BuyerWords;
import org.demandgraph.vocab.Tactic;

/**
 * Further wordings of tactics (round 12), read by {@link TacticRules} with its own rules and under the same checks
 * (denied, planned, another place's, a crime story). Each still needs the sentence, or the one before it in the
 * paragraph, to be about buyers.
 */
final class MoreTacticPhrases {

    /** Men arrested or charged, either word order ("the arrested men’s cars", "men charged in the sting"): in a demand profile, buyers. */
    private static final String ARRESTED_MEN = "\\b(?:arrested|charged|convicted|accused)\\s+(?:men|man|buyers?)\\b"
            + "|\\b(?:arrest\\w*|charg\\w*)\\s+(?:of\\s+)?(?:more\\s+than\\s+|at\\s+least\\s+|about\\s+|nearly\\s+)?(?:\\d+|[a-z]+)\\s+men\\b";

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
                    "\\bads?\\b|advert|escort|decoy|\\bbuy|john|solicit|purchas"));

    private MoreTacticPhrases() {}
}
