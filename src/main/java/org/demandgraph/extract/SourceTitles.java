package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.profile.KeySourceGroup;
import org.demandgraph.profile.Profile;
import org.demandgraph.profile.Span;

/**
 * The news headlines listed under Key Sources ({@code - “Police Post Names of Men Caught in Sting”, Gazette, date.}):
 * a headline is a short sentence about the place, and the narrative's tactic phrases read it as they read a sentence
 * (the same words, the same checks for denials, plans and other places), its quoted words the evidence. A headline's
 * own words must show the tactic: no context comes from its neighbours.
 */
final class SourceTitles {

    /** The quoted title at the start of an entry. */
    private static final Pattern TITLE = Pattern.compile("^[“\"]([^”\"]{8,300})[”\"]");

    private SourceTitles() {}

    static List<TacticUse> in(Profile profile, Set<String> otherPlaces) {
        List<TacticUse> out = new ArrayList<>();
        for (KeySourceGroup group : profile.keySources())
            for (Span entry : group.entries()) {
                Matcher m = TITLE.matcher(entry.text());
                if (!m.find()) continue;
                int start = entry.start() + m.start(1);
                Sentence title = new Sentence(start, start + m.group(1).length(), m.group(1), -1);
                for (TacticUse u : TacticRules.in(title, null, Background.story(title.text()), profile.name(), otherPlaces))
                    out.add(new TacticUse(u.tactic(), TacticUse.Basis.KEY_SOURCES_TITLE, Rule.KEY_SOURCES_TITLE, u.evidence()));
            }
        return out;
    }
}
