package org.demandgraph.extract;

import java.util.List;
import org.demandgraph.extract.TacticRules.Phrase;
import org.demandgraph.extract.lexicon.BuyerWords;
import org.demandgraph.vocab.Tactic;

/**
 * Further wordings of tactics (round 19), read by {@link TacticRules} after {@link LaterTacticWordings} and under the same
 * checks (denied, planned, another place's, a crime story, a proposal never adopted).
 */
final class AmongThemTactics {

    /** A job lost, by any of its verbs ("resigned", "was later let go", "placed on leave and then fired", "stepped down"). */
    private static final String JOB_LOST = "(?:resigned|stepped\\s+down|quit\\s+(?:his|her|their)\\s+(?:jobs?|posts?|positions?)"
            + "|gave\\s+up\\s+(?:his|her|their)\\s+(?:seats?|posts?|positions?|jobs?|offices?|pulpits?)"
            + "|lost\\s+(?:his|her|their)\\s+(?:[\\w-]+\\s+)?(?:jobs?|posts?|positions?)"
            + "|(?:was|were)\\s+(?:(?:later|promptly|quickly|soon|then|eventually|subsequently|both|all)\\s+)?(?:fired|let\\s+go|dismissed|terminated|sacked)"
            + "|(?:placed|put)\\s+on\\s+(?:paid\\s+|unpaid\\s+)?(?:administrative\\s+)?leave\\s+and\\s+(?:later\\s+|then\\s+|eventually\\s+|soon\\s+)?(?:fired|dismissed|let\\s+go|terminated))\\b"
            + "(?!\\s+(?:from\\s+)?(?:the\\s+)?(?:case|charges?|jury|suit|lawsuit))";

    /** Men picked out of those just arrested: "arrested 14 men, among them", "24 men were charged, among them", "Among them were". */
    private static final String AMONG_ARRESTED = "(?:\\b(?:men|buyers|johns|arrest\\w*|charged|booked|cited)\\b[^.;]{0,80}?\\bamong\\s+them\\b"
            + "|^\\s*Among\\s+them\\b"
            + "|\\bamong\\s+(?:those|the\\s+(?:men|\\d+|[a-z]+))\\s+(?:arrested|charged|booked|cited|caught)\\b)";

    static final List<Phrase> RULES = List.of(
            // "14 men were arrested, among them a coach and a clerk who both resigned"; "charged, among them a guard and a council
            // member; the guard was fired"; "Among them were ..., who was placed on leave and later fired" (arrests told just before)
            TacticRules.rule(Tactic.EMPLOYMENT_LOSS, AMONG_ARRESTED + "[^.]{0,160}?\\b" + JOB_LOST,
                    "\\barrest|\\bcharged\\b|\\bcustody\\b|\\bbooked\\b|\\bmen\\b|" + BuyerWords.ANY),
            // "the men's names ..., and a firefighter among them resigned": the men just counted or named
            TacticRules.rule(Tactic.EMPLOYMENT_LOSS, "\\bmen\\b[^.]{0,120}?\\bamong\\s+them\\s+" + JOB_LOST, null),
            // "the Gazette printed every name", "published each man's name": every buyer's name in print
            TacticRules.rule(Tactic.IDENTITY_DISCLOSURE,
                    "\\b(?:print(?:s|ed)?|publish(?:es|ed)?|post(?:s|ed)?|broadcast|air(?:s|ed)?)\\s+(?:every|each|all\\s+the|all)\\s+(?:(?:man|buyer|john|one)[’']s\\s+)?names?\\b",
                    BuyerWords.ANY + "|\\bmen\\b|\\bman\\b|arrest|charged|convicted|\\bstings?\\b"),
            // men convicted "ordered to stay away from the motels where they had been picked up", "to keep out of the truck stops"
            TacticRules.rule(Tactic.SOAP_ORDERS,
                    "\\b(?:order(?:s|ed)?|requir(?:e|es|ed)|told|must)\\b[^.;]{0,80}?\\b(?:to\\s+)?(?:stay\\s+away\\s+from|keep\\s+(?:out\\s+of|away\\s+from)|stay\\s+out\\s+of)\\s+"
                    + "(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:motels?|hotels?|truck\\s+stops?|parks?|strips?|waterfront|red[\\s-]light)\\b",
                    "\\bconvicted\\b|\\bguilty\\b|\\bsentenc\\w*|\\bcharged\\b|solicit|" + BuyerWords.ANY));

    /** People set free ("before the men were released", "released on bond"): no names released. */
    private static final java.util.regex.Pattern PEOPLE_RELEASED = java.util.regex.Pattern.compile(
            "\\b(?:men|man|he|she|they|them|suspects?|buyers?|johns?|all|each|both)\\s+(?:were|was|are|is|had\\s+been|have\\s+been)\\s+(?:later\\s+|then\\s+|all\\s+)?released$"
            + "|released$(?=\\s+(?:from\\s+(?:jail|custody|prison)|on\\s+(?:bond|bail|their\\s+own\\s+recognizance)))", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Whether the identity-disclosure match ending at {@code end} is people released from custody, not their names. */
    static boolean peopleReleased(String sentence, int end) {
        // "the names of arrested men are released to the Ledger": released to someone, the names are
        if (!sentence.startsWith("released", end - 8) || sentence.startsWith(" to ", end)) return false;
        java.util.regex.Matcher m = PEOPLE_RELEASED.matcher(sentence).region(Math.max(0, end - 60), end).useTransparentBounds(true);
        while (m.find()) if (m.end() == end) return true;
        return false;
    }

    private AmongThemTactics() {}
}
