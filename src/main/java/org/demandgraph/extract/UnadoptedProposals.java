package org.demandgraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A proposal never adopted evidences nothing: "A 2021 bill that would have suspended the licenses of men convicted ... died
 * in committee", "introduced a bill to suspend ...; it died in committee", "a proposal to publish the names ... was voted
 * down". A tactic matched between the proposal's noun and its failure, in one sentence, is no tactic of the place.
 */
final class UnadoptedProposals {

    /**
     * A request refused by the body asked: "the board voted the request down", "the commissioners turned the idea down",
     * "the council rejected the plan", "the request was turned down".
     */
    static final String REFUSED = "voted\\s+(?:the|that|this|its|his|her|their|it)\\s+(?:[\\w-]+\\s+){0,2}?down|voted\\s+it\\s+down"
            + "|turned\\s+(?:it|them|that|the\\s+(?:[\\w-]+\\s+){0,2}?[\\w-]+)\\s+down|(?:was|were)\\s+turned\\s+down"
            + "|rejected\\s+(?:it|them|the\\s+(?:request|proposal|idea|plan|motion|measure)s?)";

    /** "asked the county board to let deputies seize the cars", "urged the council to impound ...": a request, a proposal too. */
    private static final Pattern PROPOSAL = Pattern.compile("\\b(?:bills?|proposals?|measures?|legislation|ordinances?|amendments?|resolutions?|requests?|requested"
            + "|asked|urged|petitioned)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FAILED = Pattern.compile("\\b(?:" + REFUSED + "|died|fail(?:ed|s)|stalled|(?:was|were)\\s+(?:later\\s+|then\\s+)?(?:voted\\s+down|defeated|rejected|vetoed|dropped|tabled"
            + "|shelved|withdrawn|abandoned|set\\s+aside)|(?:debated|discussed)\\s+and\\s+then\\s+dropped|never\\s+(?:passed|came\\s+to\\s+a\\s+vote|became\\s+law|took\\s+effect"
            + "|advanced|got\\s+a\\s+vote)|did\\s+not\\s+pass)\\b", Pattern.CASE_INSENSITIVE);

    /** A sentence proposing measures ("have proposed ...", "suggested ...", "have floated several ideas: ..."). */
    private static final Pattern PROPOSED = Pattern.compile("\\b(?:propos(?:ed|es|e|ing)|suggest(?:ed|s)?|floated|put\\s+forward|pitched)\\b",
            Pattern.CASE_INSENSITIVE);
    /** The next sentence says none of them was adopted ("None was adopted.", "Neither was ever put into practice."). */
    private static final Pattern NONE_ADOPTED = Pattern.compile("^\\W*(?:None|Neither|Not\\s+one)\\b(?:\\s+of\\s+(?:them|these|those|the\\s+(?:[\\w-]+\\s+)?\\w+))?"
            + "\\s+(?:(?:was|were|has|have|had|ever|yet|since|been|then|so\\s+far)\\s+)+(?:adopted|passed|approved|enacted|implemented|funded|tried|started|taken\\s+up"
            + "|put\\s+in(?:to)?\\s+(?:place|effect|practice|force))\\b", Pattern.CASE_INSENSITIVE);

    private UnadoptedProposals() {}

    /**
     * Whether {@code s} proposes measures that the next sentence of its paragraph says were never adopted ("Council members
     * have proposed ...: a john school, ... None was adopted."): the sentence evidences no tactic of the place.
     */
    static boolean noneAdoptedAfter(Sentence s, Sentence next) {
        return next != null && next.paragraph() == s.paragraph() && LiteralGuard.find(NONE_ADOPTED, next.text())
                && LiteralGuard.find(PROPOSED, s.text());
    }

    /** Whether {@code [from, to)} of {@code sentence} lies between a proposal's noun and the failure told after it. */
    static boolean covers(String sentence, int from, int to) {
        if (!LiteralGuard.mayFind(FAILED, sentence)) return false;
        Matcher p = LiteralGuard.matcher(PROPOSAL, sentence);
        int proposal = -1;
        while (p.find() && p.start() <= from) proposal = p.start();
        if (proposal < 0) return false;
        Matcher f = LiteralGuard.matcher(FAILED, sentence);
        while (f.find()) if (f.start() >= to) return true;
        return false;
    }
}
