package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.demandgraph.profile.Block;
import org.demandgraph.profile.KeySourceGroup;
import org.demandgraph.profile.Profile;
import org.demandgraph.profile.Span;
import org.demandgraph.vocab.Tactic;
import org.demandgraph.vocab.TacticNames;
import org.demandgraph.vocab.UsStates;

/**
 * Parsed profile → facts, each with its evidence: the operations and actors the narrative describes,
 * and the tactics the narrative or a Key Sources heading shows the place used. The printed
 * "Tactics Used" list is never evidence: its names are passed on as listed tactics only.
 */
public final class Extractor {


    public Facts extract(Profile profile) {
        String text = profile.text();
        List<Sentence> sentences = sentences(profile);
        ActorFinder.Result actors = ActorFinder.find(text, sentences, profile.name(),
                profile.stateCode() == null ? null : UsStates.name(profile.stateCode()).orElse(null));
        List<Operation> operations = new OperationFinder(text, actors, profile.name()).find(sentences);

        Set<TacticUse> uses = new LinkedHashSet<>();
        for (Operation op : operations) {
            for (Tactic t : op.tactics()) {
                Evidence ev = op.evidence();
                if (t == Tactic.BUYER_ARRESTS && op.arrests() != null) ev = sentenceOf(sentences, op.arrests().evidence(), ev);
                uses.add(new TacticUse(t, TacticUse.Basis.NARRATIVE, Rule.OPERATION_TACTICS, ev));
            }
        }
        Set<String> otherPlaces = OtherPlace.named(sentences.stream().map(Sentence::text).toList(), profile.name());
        Sentence previous = null;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            Work.add(s.text().length());
            Sentence context = previous != null && previous.paragraph() == s.paragraph() ? previous : null;
            previous = s;
            // "... have proposed ...: a john school, ... None was adopted.": proposals only
            if (UnadoptedProposals.noneAdoptedAfter(s, i + 1 < sentences.size() ? sentences.get(i + 1) : null)) continue;
            uses.addAll(TacticRules.in(s, context, Background.story(s.text()), profile.name(), otherPlaces));
        }
        // cameras on the buyers' street, warnings whose message holds a modal: evidence beyond one sentence's rules
        uses.addAll(CameraStreets.in(sentences, profile.name(), otherPlaces));
        uses.addAll(WarningMessages.in(sentences, profile.name(), otherPlaces));
        uses.addAll(HeadingTactics.in(profile));
        uses.addAll(SourceTitles.in(profile, otherPlaces));
        for (KeySourceGroup group : profile.keySources()) {
            if (group.heading() == null) continue;
            for (Tactic t : TacticNames.in(group.heading().text()))
                uses.add(new TacticUse(t, TacticUse.Basis.KEY_SOURCES_HEADING, Rule.KEY_SOURCES_HEADING, Evidence.of(group.heading())));
        }
        List<TacticUse> sorted = new ArrayList<>(uses);
        sorted.sort(Comparator.comparing(TacticUse::tactic).thenComparing(TacticUse::basis)
                .thenComparingInt(u -> u.evidence().start()).thenComparingInt(u -> u.evidence().end()));
        List<Actor> acting = KeyPartnerAgencies.with(ActorRoles.acting(actors, sentences, operations, profile.name()), actors.actors(), profile);
        return new Facts(operations, acting, sorted, listedTactics(profile), sourceTactics(profile));
    }

    /** What the printed "Tactics Used" list names: the template, recorded as such, never a basis of use. */
    public static List<Tactic> listedTactics(Profile profile) {
        List<Tactic> listed = new ArrayList<>();
        for (Span item : profile.listedTactics()) TacticNames.exact(item.text()).ifPresent(listed::add);
        return listed;
    }

    /** For each Key Sources group, the tactics its heading names. */
    public static List<Set<Tactic>> sourceTactics(Profile profile) {
        List<Set<Tactic>> out = new ArrayList<>();
        for (KeySourceGroup group : profile.keySources())
            out.add(group.heading() == null ? Set.of() : TacticNames.in(group.heading().text()));
        return out;
    }

    /** The narrative's sentences, paragraph by paragraph (headings are not prose and are left out). */
    static List<Sentence> sentences(Profile profile) {
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        for (Block b : profile.narrative()) {
            if (b.kind() == Block.Kind.HEADING) continue;
            out.addAll(SentenceSplitter.split(profile.text(), b.span().start(), b.span().end(), paragraph++));
        }
        return out;
    }

    private static Evidence sentenceOf(List<Sentence> sentences, Evidence inner, Evidence fallback) {
        Sentence s = Sentence.containing(sentences, inner.start(), inner.end());
        return s == null ? fallback : s.evidence();
    }
}
