package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.vocab.Tactic;

/**
 * Posters, billboards, ads or announcements that warn buyers, where the warning itself holds a modal: "posters in bus
 * shelters telling buyers that the woman on the corner might be a police officer", "announcements have warned drivers that
 * buying sex may cost them their licenses". The modal is the message's, not a doubt of the writer's: the message is left
 * out of the denial test, the rest of the clause is not ("a plan to put up billboards warning men that ..." is no use).
 */
final class WarningMessages {

    /** The medium, then the warning to its audience, up to "that". */
    private static final Pattern WARNING = Pattern.compile(
            "\\b(?:posters?|billboards?|signs?|placards?|ads|advertisements|(?:radio|television|TV)\\s+spots|PSAs|public\\s+service\\s+announcements)\\b"
            + "[^.;]{0,80}?\\b(?:warn|tell|remind|caution)(?:s|ed|ing)?\\s+((?:[\\w-]+\\s+){0,2}?(?:men|buyers|johns|drivers|customers|motorists|travell?ers|visitors"
            // "signs in their lobbies warning guests that ..."
            + "|guests|patrons|the\\s+public))\\s+that\\b"
            // "signs at both motels warning that soliciting is a crime": a sign's warning with no audience told
            + "|\\b(?:signs?|posters?|billboards?|placards?)\\b[^.;]{0,40}?\\bwarning\\s+that\\b", Pattern.CASE_INSENSITIVE);
    /** Audiences that are buyers by themselves; others need the message to be about buying sex. */
    private static final Pattern BUYERS = Pattern.compile("\\b(?:men|buyers|johns|customers)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ABOUT_BUYING = Pattern.compile("\\bbuy\\w*\\s+sex\\b|prostitut|solicit|\\bjohns?\\b", Pattern.CASE_INSENSITIVE);

    private WarningMessages() {}

    /** The Public Education uses the sentences show so, in a profile of {@code place} that names {@code otherPlaces}. */
    static List<TacticUse> in(List<Sentence> sentences, String place, Set<String> otherPlaces) {
        List<TacticUse> out = new ArrayList<>();
        for (Sentence s : sentences) {
            String t = s.text();
            Work.add(1);
            Matcher m = LiteralGuard.matcher(WARNING, t);
            if (!m.find()) continue;
            if ((m.group(1) == null || !BUYERS.matcher(m.group(1)).find()) && !LiteralGuard.find(ABOUT_BUYING, t)) continue;
            // the message, from "that" to the clause's end, blanked out of the denial test
            int[] clause = Negation.bounds(t, m.start(), m.end());
            String blanked = t.substring(0, m.end()) + " ".repeat(clause[1] - m.end()) + t.substring(clause[1]);
            if (Negation.denied(blanked, m.start(), m.end()) || UnadoptedProposals.covers(t, m.start(), m.end())) continue;
            String c = Negation.clause(t, m.start(), m.end());
            if (OtherPlace.in(c, place) || OtherPlace.contrasted(t, place) || OtherPlace.about(c, otherPlaces, place)) continue;
            out.add(new TacticUse(Tactic.PUBLIC_EDUCATION, TacticUse.Basis.NARRATIVE, Rule.TACTIC_PHRASE, s.evidence()));
        }
        return out;
    }
}
