package org.demandgraph.extract;

import java.util.List;
import org.demandgraph.extract.TacticRules.Phrase;
import org.demandgraph.extract.lexicon.BuyerWords;
import org.demandgraph.vocab.Tactic;

/**
 * Further wordings of tactics (round 16b), read by {@link TacticRules} after {@link TacticWordings} and under the same
 * checks (denied, planned, another place's, a crime story, a proposal never adopted). Each still needs the sentence, or the
 * one before it in the paragraph, to be about buyers or the men arrested.
 */
final class LaterTacticWordings {

    /** First offenders or men charged: in a demand profile, buyers. */
    private static final String OFFENDERS = "\\bfirst[\\s-]+(?:time\\s+)?offenders\\b|\\bmen\\s+(?:charged|arrested|convicted|cited)\\b|" + BuyerWords.ANY;
    private static final String CLASS = "(?:class(?:es)?|courses?|seminars?|workshops?)";

    static final List<Phrase> RULES = List.of(
            // "most first offenders have been sent to a one-day class", "can have the charge reduced by completing a four-hour class",
            // "a diversion program that includes a class on commercial sexual exploitation"
            TacticRules.rule(Tactic.JOHN_SCHOOL,
                    "\\b(?:sent|sends?|referred|refers?|ordered|assigned)\\s+(?:\\w+\\s+){0,2}?to\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,3}" + CLASS + "\\b"
                    + "|\\b(?:complet\\w*|finish\\w*|attend\\w*)\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,3}" + CLASS + "\\b"
                    + "|\\bdiversion\\s+program(?:me)?s?\\b[^.;]{0,40}?\\b(?:includes?|including|with)\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,2}" + CLASS + "\\b",
                    OFFENDERS),
            // "Each of the men was named in a sheriff's office news release", "lists the names of men charged on the police blotter
            // page", "has printed the name of every person arrested ... in the police log"
            TacticRules.rule(Tactic.IDENTITY_DISCLOSURE,
                    "\\bnamed\\s+in\\s+(?:a|an|the|its|their)\\s+(?:[\\w’'-]+\\s+){0,3}?(?:news|press|media)\\s+releases?\\b"
                    + "|\\blist(?:s|ed|ing)?\\s+(?:[\\w’'-]+\\s+){0,3}?names?\\b[^.;]{0,80}?\\b(?:blotter|website|web\\s+site|web\\s+page|log)\\b"
                    + "|\\b(?:print\\w*|publish\\w*|post(?:s|ed|ing)?|releas\\w*|list(?:s|ed|ing)?)\\s+the\\s+name\\s+of\\s+(?:every|each|any|all)\\b",
                    BuyerWords.ANY + "|\\bmen\\b|\\bman\\b|arrest|charged|those"),
            // "One of those three, a county road crew worker, resigned from his job a week later" (arrests told just before)
            TacticRules.rule(Tactic.EMPLOYMENT_LOSS,
                    "\\b(?:one|two|three|several|some|both)\\s+of\\s+(?:those|them|these|the)\\b[^.;]{0,80}?\\b(?:resigned|(?:was|were)\\s+fired|lost\\s+(?:his|her|their)\\s+jobs?)\\b",
                    "\\barrest|\\bcharged\\b|\\bcustody\\b|\\bbooked\\b"),
            // "brought more than 40 arrests, among them a city planning employee who resigned the following week"
            TacticRules.rule(Tactic.EMPLOYMENT_LOSS,
                    "\\barrest\\w*\\b[^.;]{0,25}?\\bamong\\s+them\\s+(?:an?|one|the)\\s+(?:[\\w-]+\\s+){0,6}?who\\s+(?:later\\s+|promptly\\s+|quickly\\s+|soon\\s+)?"
                    + "(?:resigned|(?:was|were)\\s+fired|lost\\s+(?:his|her)\\s+job|stepped\\s+down)\\b",
                    null),
            // judges order men convicted "to stay away from the bypass", "to keep out of the truck-stop corridor"
            TacticRules.rule(Tactic.SOAP_ORDERS,
                    "\\b(?:order(?:s|ed)?|requir(?:e|es|ed)|told|must)\\b[^.;]{0,60}?\\b(?:to\\s+)?(?:stay\\s+away\\s+from|keep\\s+(?:out\\s+of|away\\s+from)|stay\\s+out\\s+of|avoid)\\s+"
                    + "(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:strip|corridor|bypass|district|area|neighbou?rhood|zone|stretch|boulevard|avenue|street|blocks?)\\b",
                    "\\bconvicted\\b|\\barrested\\b|\\bcharged\\b|solicit|" + BuyerWords.ANY),
            // (round 18) any stretch of the place men convicted of soliciting are ordered out of: "to stay away from the exit where they
            // were arrested", "to stay out of the motels near the turnpike", "to keep away from the hotels along Interstate 25"
            TacticRules.rule(Tactic.SOAP_ORDERS,
                    "\\b(?:order(?:s|ed)?|requir(?:e|es|ed)|told|must)\\b[^.;]{0,60}?\\b(?:to\\s+)?(?:(?:stay|keep)\\s+(?:away\\s+from|out\\s+of|off)|avoid)\\s+"
                    + "(?:the\\s+|a\\s+|any\\s+)?(?:[\\w-]+\\s+){0,3}?(?:exits?|interchanges?|motels?|hotels?|truck\\s+stops?|parks?|squares?|plazas?|intersections?"
                    + "|corners?|waterfront|sections?|roads?|highways?|interstates?|lots?|locations?|places?|sites?|spots?|parts\\s+of\\s+(?:the\\s+)?(?:city|town|county))\\b",
                    "solicit|patroni[sz]|" + BuyerWords.ANY),
            // (round 18) "the department put their names and photographs on its website" after men in custody
            TacticRules.rule(Tactic.IDENTITY_DISCLOSURE,
                    "\\b(?:put|puts|putting|placed|places)\\s+(?:their|the|his|all\\s+(?:of\\s+)?(?:their|the))\\s+(?:names?|photos?|photographs?|mug\\s*shots?|pictures?)\\b"
                    + "[^.;]{0,40}?\\b(?:on|in)\\s+(?:its|the|their|a)\\s+(?:[\\w’'-]+\\s+)?(?:website|web\\s+site|web\\s+page|page|paper|newspaper)\\b",
                    BuyerWords.ANY + "|\\bmen\\b|arrest|charged|custody"),
            // residents' or an association's evening walks or patrols, told with the plates or the cruising they watch
            TacticRules.rule(Tactic.NEIGHBORHOOD_ACTION,
                    "\\b(?:residents|neighbou?rs|members|volunteers|associations?|homeowners|parishioners)\\b[^.;]{0,80}?\\b(?:h(?:o|e)ld|holds|holding|lead|leads|led|organi[sz]e\\w*)\\s+"
                    + "(?:[\\w-]+\\s+){0,2}?(?:walks|patrols|marches|vigils)\\b",
                    "plates?\\b|prostitut|cruis|" + BuyerWords.ANY),
            // "formed a watch group that photographs cars stopping at the spas after dark and passes the plate numbers on to police"
            TacticRules.rule(Tactic.NEIGHBORHOOD_ACTION,
                    "\\bwatch\\s+groups?\\b[^.;]{0,100}?\\b(?:licen[sc]e\\s+)?plate(?:s|\\s+numbers)\\b",
                    null));

    private LaterTacticWordings() {}
}
