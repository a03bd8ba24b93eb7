package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.demandgraph.extract.lexicon.BuyerWords;
import org.demandgraph.profile.Block;
import org.demandgraph.profile.Profile;
import org.demandgraph.vocab.Tactic;
import org.demandgraph.vocab.TacticNames;

/**
 * A narrative section heading that names a tactic ("Shaming", "Vehicle Impoundment") over a paragraph that
 * tells of buyers: the section tells of the place's use of it, even where its sentences describe it in words no
 * phrase rule knows. Precision first: the paragraph's first sentence must speak of buyers or their arrest, and
 * must neither deny, plan nor hedge anything nor be about another place.
 */
final class HeadingTactics {

    private static final Pattern ABOUT_BUYERS = Pattern.compile(BuyerWords.CONTEXT + "|arrest|sting", Pattern.CASE_INSENSITIVE);

    private HeadingTactics() {}

    /** The tactic uses the profile's narrative headings show, each with its heading as evidence. */
    static List<TacticUse> in(Profile profile) {
        List<TacticUse> out = new ArrayList<>();
        List<Block> blocks = profile.narrative();
        for (int i = 0; i + 1 < blocks.size(); i++) {
            Block heading = blocks.get(i), under = blocks.get(i + 1);
            if (heading.kind() != Block.Kind.HEADING || under.kind() != Block.Kind.PARAGRAPH) continue;
            java.util.Set<Tactic> named = TacticNames.in(heading.span().text());
            if (named.isEmpty()) continue;
            List<Sentence> first = SentenceSplitter.split(profile.text(), under.span().start(), under.span().end(), 0);
            if (first.isEmpty()) continue;
            String s = first.get(0).text();
            // "since at least 1978, if not earlier" only leaves the start open: no denial (the clause rules' blanking)
            if (!LiteralGuard.find(ABOUT_BUYERS, s) || Negation.denied(s, 0, s.length()) || OtherPlace.in(s, profile.name())) continue;
            for (Tactic t : named) out.add(new TacticUse(t, TacticUse.Basis.NARRATIVE, Rule.SECTION_HEADING, Evidence.of(heading.span())));
        }
        return out;
    }
}
