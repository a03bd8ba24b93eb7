package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The members of a task force that acts are actors: they take part in its work. They are told right after its name: "the
 * X Task Force, a group that also includes A, the B and the police departments of C and D", "the X Task Force was formed
 * in 2015 by A and the police departments of B, C and D", "the X Task Force, whose members are A, B and C", "made up of A
 * and B". Only police, task forces, federal agencies and prosecutors named in the same clause count; a task force that
 * never acts makes no actor of its members.
 */
final class TaskForceMembers {

    /** What follows the task force's name and introduces its members. */
    private static final Pattern MEMBERS = Pattern.compile("^[’']?s?,?\\s+(?:(?:an?\\s+)?(?:group|partnership|coalition|collaboration|team)\\s+(?:that|which)\\s+(?:also\\s+)?"
            + "(?:includes|included|brings\\s+together|brought\\s+together)|(?:which|that)\\s+(?:also\\s+)?(?:includes|included)"
            + "|whose\\s+(?:other\\s+)?members\\s+(?:are|were|include|included)|(?:made\\s+up|composed|comprised)\\s+of"
            + "|(?:(?:was|were)\\s+)?(?:formed|founded|created|established|set\\s+up)\\s+"
            // "formed in 2015 by", "formed that year by", "set up a year later by", "created jointly by"
            + "(?:(?:in\\s+(?:[A-Z][a-z]+\\s+)?\\d{4}|that\\s+(?:same\\s+)?year|the\\s+same\\s+year|(?:a|one)\\s+(?:year|month)\\s+later|jointly)\\s+)?by)\\b");
    /** A member told as joining later, right after the founders: ", which the C joined in 2019", ", and the C later joined it". */
    private static final Pattern JOINED_LATER = Pattern.compile("^,?\\s+(?:and\\s+)?(?:which\\s+(?:the\\s+)?[A-Z][^;:]*?\\s+(?:later\\s+|also\\s+|then\\s+|eventually\\s+|soon\\s+)?joined\\b"
            + "|(?:the\\s+)?[A-Z][^;:]*?\\s+(?:later|also|then|since|eventually|soon)\\s+joined\\s+(?:it|them|the\\s+(?:task\\s+force|team|unit|group))\\b)");
    /** Where the list of members ends: the clause's end, or a purpose ("to work prostitution cases"). */
    private static final Pattern LIST_END = Pattern.compile(";|:|\\.\\s|\\s+to\\s+[a-z]|,\\s+(?:and\\s+)?(?:which|who|that|it|its)\\b");

    private TaskForceMembers() {}

    /** The span {start, end} (profile offsets) of the members listed right after the task force's mention {@code m}, or null. */
    private static int[] list(ActorMention m, Sentence s) {
        String after = s.text().substring(Math.min(s.text().length(), m.end() - s.start()));
        Matcher cue = MEMBERS.matcher(after);
        if (!cue.find()) return null;
        String rest = after.substring(cue.end());
        Matcher end = LIST_END.matcher(rest);
        int stop = end.find() ? end.start() : rest.length();
        Matcher joined = JOINED_LATER.matcher(rest.substring(stop));
        if (joined.find()) stop += joined.end();
        return new int[] {m.end() + cue.end(), m.end() + cue.end() + stop};
    }

    /** The members of the acting task forces named in {@code sentences}. */
    static List<Actor> of(ActorFinder.Result found, List<Sentence> sentences, Set<Actor> acting) {
        List<Actor> out = new ArrayList<>();
        for (ActorMention m : found.mentions()) {
            if (m.actor().kind() != Actor.Kind.TASK_FORCE || !acting.contains(m.actor())) continue;
            Sentence s = Sentence.containing(sentences, m.start(), m.end());
            if (s == null) continue;
            int[] list = list(m, s);
            if (list == null) continue;
            for (ActorMention member : found.within(list[0], list[1])) {
                Actor a = member.actor();
                if (a.equals(m.actor()) || out.contains(a) || acting.contains(a)) continue;
                if (a.enforces() || a.kind() == Actor.Kind.PROSECUTOR) out.add(a);
            }
        }
        return out;
    }
}
