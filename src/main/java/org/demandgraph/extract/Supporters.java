package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Agencies the sentence before an operation names as supporting its agency's work: "The X Police Department (with
 * occasional support from the Y Sheriff’s Office) works to arrest buyers. The XPD has run reverse stings since 1974"
 * gives the practice both. Read only from a sentence of the same paragraph that opens no operation of its own.
 */
final class Supporters {

    /** What comes right before a supporter's name. */
    private static final Pattern SUPPORT = Pattern.compile("(?i)\\b(?:with\\s+(?:the\\s+)?(?:\\w+\\s+)?(?:support|help|assistance|backup)\\s+(?:from|of)"
            + "|(?:supported|assisted|aided|backed)\\s+by)\\s+(?:the\\s+)?$");

    private Supporters() {}

    /** The enforcing agencies {@code [from, to)} of {@code text} names as supporting one of {@code conducting}. */
    static List<Actor> of(String text, int from, int to, ActorFinder.Result actors, List<Actor> conducting) {
        List<Actor> out = new ArrayList<>();
        if (conducting.isEmpty() || from >= to) return out;
        List<ActorMention> named = actors.within(from, to);
        if (named.stream().noneMatch(m -> conducting.contains(m.actor()))) return out;
        for (ActorMention m : named) {
            if (!m.actor().enforces() || m.generic() || conducting.contains(m.actor()) || out.contains(m.actor())) continue;
            if (SUPPORT.matcher(text.substring(Math.max(from, m.start() - 50), m.start())).find()) out.add(m.actor());
        }
        return out;
    }
}
