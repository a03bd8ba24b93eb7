package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.extract.lexicon.BuyerWords;
import org.demandgraph.vocab.Tactic;

/**
 * Cameras put up along the street the profile names as the buyers' cruising area: "Alameda Boulevard ... has been the
 * center of its street prostitution market" and, paragraphs later, "the department installed surveillance cameras at four
 * intersections along Alameda Boulevard" evidence Cameras, though the cameras' own sentence says nothing of buyers. A
 * camera another town put up, one a study asks about, proposes or denies, is no evidence; nor one whose sentence gives its
 * own purpose (the sentence rules judge that one).
 */
final class CameraStreets {

    private static final Pattern CAMERAS = Pattern.compile(TacticRules.CAMERA_WORDS, Pattern.CASE_INSENSITIVE);
    /** A named street, road or stretch ("Cotter Avenue", "Route 9", "the Grove Street strip"). */
    private static final Pattern STREET = Pattern.compile("(?<![\\w’'-])(?:(?:[A-Z][\\w’'.-]*\\s+){1,3}(?:Street|Avenue|Boulevard|Road|Drive|Highway|Parkway|Lane"
            + "|Way|Row|Corridor|Strip|Square)|(?:Route|Highway|Interstate)\\s+\\d{1,3})\\b");
    /** A sentence that makes the street the buyers' ("men cruise", "the center of its street prostitution market"). */
    private static final Pattern CRUISING = Pattern.compile("prostitut|" + BuyerWords.ANY + "|\\bcruis\\w*|\\bstroll\\b|\\bbuy\\w*\\s+sex\\b"
            + "|\\bcircl(?:e|es|ed|ing)\\b", Pattern.CASE_INSENSITIVE);
    /** A study's, a survey's or a report's question or finding is no deed of the place. */
    private static final Pattern STUDY = Pattern.compile("\\b(?:study|studies|survey|report|analysis|researchers?|evaluation)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A purpose of the cameras' own ("to monitor drug and commercial sex sales in the area"): the sentence says itself what
     * they watch, and the sentence rules alone judge whether that is buyers.
     */
    private static final Pattern OWN_PURPOSE = Pattern.compile("\\b(?:to|in\\s+an\\s+effort\\s+to|aimed\\s+at|meant\\s+to|designed\\s+to)\\s+"
            + "(?:monitor|watch|curb|reduce|deter|fight|combat|track|catch|record|stop|prevent|discourage|target)\\b", Pattern.CASE_INSENSITIVE);

    private CameraStreets() {}

    /** The Cameras uses the sentences show so, in a profile of {@code place} that names {@code otherPlaces}. */
    static List<TacticUse> in(List<Sentence> sentences, String place, Set<String> otherPlaces) {
        List<TacticUse> out = new ArrayList<>();
        Set<String> cruised = null;
        for (Sentence s : sentences) {
            String t = s.text();
            Work.add(1);
            Matcher m = LiteralGuard.matcher(CAMERAS, t);
            if (!m.find() || LiteralGuard.find(STUDY, t) || LiteralGuard.find(OWN_PURPOSE, t)) continue;
            if (cruised == null) cruised = cruisedStreets(sentences);
            if (!namesOneOf(t, cruised)) continue;
            if (Negation.denied(t, m.start(), m.end()) || UnadoptedProposals.covers(t, m.start(), m.end())) continue;
            String clause = Negation.clause(t, m.start(), m.end());
            if (OtherPlace.in(clause, place) || OtherPlace.contrasted(t, place) || OtherPlace.about(clause, otherPlaces, place)) continue;
            out.add(new TacticUse(Tactic.CAMERAS, TacticUse.Basis.NARRATIVE, Rule.TACTIC_PHRASE, s.evidence()));
        }
        return out;
    }

    /** The streets named in a sentence that tells of buyers or prostitution there. */
    private static Set<String> cruisedStreets(List<Sentence> sentences) {
        Set<String> out = new HashSet<>();
        for (Sentence s : sentences) {
            if (!LiteralGuard.find(CRUISING, s.text())) continue;
            for (Matcher m = LiteralGuard.matcher(STREET, s.text()); m.find(); ) out.add(street(m.group()));
        }
        return out;
    }

    private static boolean namesOneOf(String sentence, Set<String> streets) {
        for (Matcher m = LiteralGuard.matcher(STREET, sentence); m.find(); ) if (streets.contains(street(m.group()))) return true;
        return false;
    }

    /** The street's name without a sentence-opening word ("The Cotter Avenue" → "Cotter Avenue"). */
    private static String street(String found) {
        return found.replaceFirst("^(?:The|In|On|At|Along|Since|By)\\s+", "").replaceAll("\\s+", " ");
    }
}
