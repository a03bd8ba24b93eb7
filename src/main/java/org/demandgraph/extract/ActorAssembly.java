package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The stage of {@link ActorFinder} that turns the names found into actors: each name a draft, merged under its fullest
 * form, with the place's own police written only as initials and the acronyms that stand for exactly one of them; and
 * each place a name was found, a mention of its actor.
 */
final class ActorAssembly {

    private ActorAssembly() {}

    /** A name found, with the labels gathered for it, before it becomes an {@link Actor}. */
    static final class Draft {
        final String name;
        final Actor.Kind kind;
        final boolean national;
        final Set<String> altLabels = new TreeSet<>();
        final Evidence evidence;
        final Rule rule;

        Draft(String name, Actor.Kind kind, boolean national, Evidence evidence, Rule rule) {
            this.name = name;
            this.kind = kind;
            this.national = national;
            this.evidence = evidence;
            this.rule = rule;
        }
    }

    /** A place a name was found, before it becomes a mention of its actor. */
    record Raw(int start, int end, String name) {}

    /** The place's own police written only as initials ("the RPD"), unless a named actor has those initials. */
    static void addLocalAgency(LocalAgency.Named local, String text, List<Sentence> sentences, Map<String, Draft> drafts,
            Map<String, String> canonical) {
        if (drafts.keySet().stream().anyMatch(n -> Acronyms.initials(n).equals(local.written()))) return;
        int at = text.indexOf(local.written(), sentences.isEmpty() ? 0 : sentences.get(0).start());
        if (at < 0) return;
        Evidence ev = new Evidence(at, at + local.written().length(), local.written());
        Draft d = new Draft(local.name(), Actor.Kind.POLICE, false, ev, Rule.ACTOR_NAME);
        drafts.put(local.name(), d);
        canonical.put(local.name(), local.name());
        // "Philadelphia police" is a short form of it
        canonical.replaceAll((n, c) -> n.equalsIgnoreCase(local.name().replaceFirst(" Department$", "")) ? local.name() : c);
    }

    /** Acronyms: defined in brackets, or the initials of exactly one actor used on their own. */
    static void addAcronyms(String narrative, Map<String, Draft> drafts, Map<String, String> canonical) {
        Map<String, List<String>> byInitials = new LinkedHashMap<>();
        for (String name : drafts.keySet()) {
            if (!canonical.get(name).equals(name)) continue;
            String initials = Acronyms.initials(name);
            if (initials.length() >= 2) byInitials.computeIfAbsent(initials, k -> new ArrayList<>()).add(name);
            String local = Acronyms.withoutState(name);
            if (local != null) byInitials.computeIfAbsent(local, k -> new ArrayList<>()).add(name);
        }
        byInitials.forEach((initials, names) -> {
            if (names.size() == 1 && Acronyms.standsAlone(narrative, initials, 0) >= 0)
                drafts.get(names.get(0)).altLabels.add(initials);
        });
    }

    /** The actors: the drafts under their fullest names. */
    static Map<String, Actor> actorsOf(Map<String, Draft> drafts, Map<String, String> canonical) {
        Map<String, Actor> actors = new LinkedHashMap<>();
        for (String name : drafts.keySet()) {
            if (!canonical.get(name).equals(name)) continue;
            Draft d = drafts.get(name);
            d.altLabels.remove(name);
            actors.put(name, new Actor(d.name, d.kind, d.national, List.copyOf(d.altLabels), d.rule, d.evidence));
        }
        return actors;
    }

    /** The names found, each a mention of the actor its fullest form names. */
    static List<ActorMention> mentionsOf(List<Raw> raws, Map<String, String> canonical, Map<String, Actor> actors) {
        List<ActorMention> mentions = new ArrayList<>();
        for (Raw r : raws) {
            // A short form of a short form ("Court Police" -> "Court Police Department" -> "... Department Department"):
            // follow to the end, each step is a longer name, so this ends.
            String c = canonical.get(r.name);
            while (!canonical.get(c).equals(c)) c = canonical.get(c);
            mentions.add(new ActorMention(r.start, r.end, actors.get(c)));
        }
        return mentions;
    }
}
