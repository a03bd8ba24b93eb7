package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A prosecutor's office referred to by its common noun once the profile has named it: "two investigators from the
 * prosecutor’s office" is the prosecutor named last before it whose name has that head ("the district attorney’s
 * office" a District Attorney, "the county attorney’s office" a County Attorney).
 */
final class ProsecutorOffices {

    private static final Pattern NOUN = Pattern.compile("\\b[Tt]he\\s+(?:county\\s+)?"
            + "(prosecutor|prosecuting\\s+attorney|district\\s+attorney|state[’']s\\s+attorney|county\\s+attorney)[’']s\\s+office\\b");

    private ProsecutorOffices() {}

    /** The mentions these nouns make, given the mentions found so far (any order) and the spans they take. */
    static List<ActorMention> in(List<Sentence> sentences, List<ActorMention> named, Spans taken) {
        List<ActorMention> out = new ArrayList<>();
        List<ActorMention> prosecutors = named.stream().filter(m -> m.actor().kind() == Actor.Kind.PROSECUTOR)
                .sorted(Comparator.comparingInt(ActorMention::start)).toList();
        if (prosecutors.isEmpty()) return out;
        // the prosecutors named so far, the last named last (a few: a profile names few prosecutors)
        List<Actor> recent = new ArrayList<>();
        int next = 0;
        for (Sentence s : sentences) {
            for (Matcher m = LiteralGuard.matcher(NOUN, s.text()); m.find(); ) {
                int start = s.start() + m.start(), end = s.start() + m.end();
                for (; next < prosecutors.size() && prosecutors.get(next).start() < start; next++) {
                    Work.add(1);
                    recent.remove(prosecutors.get(next).actor());
                    recent.add(prosecutors.get(next).actor());
                    if (recent.size() > 8) recent.remove(0);
                }
                if (taken.overlaps(start, end) || Bystanders.employerBefore(s.text(), m.start())) continue;
                Actor a = lastWith(recent, m.group(1).replace('\'', '’').replaceAll("\\s+", " "));
                if (a == null) continue;
                out.add(new ActorMention(start, end, a));
                taken.add(start, end);
            }
        }
        return out;
    }

    /** The prosecutor named last whose name holds {@code head} ("district attorney"), or null. */
    private static Actor lastWith(List<Actor> recent, String head) {
        for (int i = recent.size() - 1; i >= 0; i--)
            if (recent.get(i).name().replace('\'', '’').toLowerCase(Locale.ROOT).contains(head.toLowerCase(Locale.ROOT))) return recent.get(i);
        return null;
    }
}
