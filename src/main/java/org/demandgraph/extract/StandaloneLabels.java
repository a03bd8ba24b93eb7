package org.demandgraph.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.demandgraph.extract.lexicon.FederalAgencies;

/**
 * Acronyms and federal agencies named on their own ("the WLPD", "the FBI"), outside the names already
 * found: a mention of the actor the label belongs to; a federal agency named only so becomes an actor.
 */
final class StandaloneLabels {

    private StandaloneLabels() {}

    /** Adds each label's mentions in {@code sentences} to {@code mentions} and {@code taken}, and the federal agencies named to {@code actors}. */
    static void add(String text, List<Sentence> sentences, Map<String, Actor> actors, List<ActorMention> mentions, Spans taken) {
        Map<String, Actor> byLabel = labels(actors);
        for (Sentence s : sentences) inSentence(text, s, byLabel, actors, mentions, taken);
    }

    /** Every label: the actors' alternative labels, then every federal agency's names (null: not yet an actor). */
    private static Map<String, Actor> labels(Map<String, Actor> actors) {
        Map<String, Actor> byLabel = new LinkedHashMap<>();
        for (Actor a : actors.values()) for (String alt : a.altLabels()) byLabel.putIfAbsent(alt, a);
        for (List<String> agency : FederalAgencies.NAMES) {
            for (String alias : agency) {
                if (byLabel.containsKey(alias)) continue;
                byLabel.put(alias, actors.get(agency.get(0)));
            }
        }
        return byLabel;
    }

    private static void inSentence(String text, Sentence s, Map<String, Actor> byLabel, Map<String, Actor> actors,
            List<ActorMention> mentions, Spans taken) {
        // only values change below, so iterating the keys stays valid
        for (String label : byLabel.keySet()) {
            if (!s.text().contains(label)) continue;
            for (int at = Acronyms.standsAlone(s.text(), label, 0); at >= 0; at = Acronyms.standsAlone(s.text(), label, at + label.length())) {
                int start = s.start() + at, end = start + label.length();
                if (taken.overlaps(start, end) || Bystanders.named(s.text(), at, at + label.length())) continue;
                Actor a = byLabel.get(label);
                if (a == null) a = federalAgency(text, label, start, end, byLabel, actors);
                mentions.add(new ActorMention(start, end, a));
                taken.add(start, end);
            }
        }
    }

    /** The federal agency {@code label} names, first mentioned at {@code [start, end)}: an actor, under all its names. */
    private static Actor federalAgency(String text, String label, int start, int end, Map<String, Actor> byLabel, Map<String, Actor> actors) {
        List<String> agency = FederalAgencies.NAMES.stream().filter(l -> l.contains(label)).findFirst().orElseThrow();
        Evidence ev = new Evidence(start, end, text.substring(start, end));
        List<String> alts = agency.stream().skip(1).toList();
        Actor a = actors.computeIfAbsent(agency.get(0),
                n -> new Actor(n, n.contains("Center") ? Actor.Kind.ORGANISATION : Actor.Kind.FEDERAL_AGENCY, true, alts, Rule.ACTOR_NATIONAL, ev));
        for (String alias : agency) byLabel.put(alias, a);
        return a;
    }
}
