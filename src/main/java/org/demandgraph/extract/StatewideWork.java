package org.demandgraph.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An agency told only as the one behind an effort across the state (or the nation) that made no arrest the text places
 * here: "Alcott County was among the places covered by a statewide operation directed by the X Attorney General’s Office.
 * ... news reports did not say whether any of those arrests were made in the county", "the X directed a statewide campaign
 * against sex buyers, but no arrests in the county were reported". Such a mention shows the agency acting elsewhere, not
 * here. The effort's agency stays an actor when the text tells its people at work in the place (no denial follows).
 */
final class StatewideWork {

    private static final Pattern WIDE = OperationTriggers.p("\\b(?:statewide|state-wide|nationwide|nation-wide|(?:across|throughout)\\s+the\\s+(?:state|country|nation))\\b");
    /** No arrest or operation told in the place: "no arrests in the county were reported", "did not say whether any ... in the county". */
    private static final Pattern NONE_HERE = OperationTriggers.p("\\b(?:no|none|not|never)\\b[^.;]{0,100}?\\b(?:in|from|within)\\s+(?:the\\s+)?"
            + "(?:(?-i:[A-Z][\\w’'.-]*)\\s+){0,3}(?:county|city|town|village|parish|township|area|borough)\\b");

    private StatewideWork() {}

    /** Whether the mention's clause tells a statewide effort and its sentence, or the next of its paragraph, says nothing came of it here. */
    static boolean elsewhere(String clause, Sentence s, List<Sentence> sentences, String place) {
        if (!LiteralGuard.find(WIDE, clause)) return false;
        if (noneHere(s.text(), place)) return true;
        Sentence next = after(sentences, s);
        return next != null && next.paragraph() == s.paragraph() && noneHere(next.text(), place);
    }

    /** The sentence right after {@code s} (a binary search by start), or null. */
    private static Sentence after(List<Sentence> sentences, Sentence s) {
        int lo = 0, hi = sentences.size() - 1, at = -1;
        while (lo <= hi) {
            Work.add(1);
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() > s.start()) { at = mid; hi = mid - 1; }
            else lo = mid + 1;
        }
        return at < 0 ? null : sentences.get(at);
    }

    private static boolean noneHere(String sentence, String place) {
        if (LiteralGuard.find(NONE_HERE, sentence)) return true;
        return place != null && Pattern.compile("\\b(?:no|none|not|never)\\b[^.;]{0,100}?\\bin\\s+" + Pattern.quote(place) + "\\b").matcher(sentence).find();
    }
}
