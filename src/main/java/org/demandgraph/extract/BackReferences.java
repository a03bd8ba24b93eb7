package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mentions of an agency already named in the profile by a shorter form: "the Sheriff's Office" or
 * "the Police Department" when the profile names exactly one such agency (or the place's own among several), and "Elm County
 * Sheriff's deputies" or "Elm City Police officers" when the agency of that prefix is named; "state
 * troopers" when the profile names one state police; "the task force" when it names one task force. A short
 * form that could be either of two agencies, or that names a person's employer ("an off-duty Elm City
 * Police officer"), is no mention. Bare "troopers" ("troopers and city officers posted decoy ads") is the one state police too.
 */
final class BackReferences {

    private static final Pattern SHORT_FORM = Pattern.compile(
            "\\b[Tt]he\\s+((?:County\\s+)?Sheriff[’']s\\s+(?:Office|Department)|(?:City\\s+)?Police\\s+Department)\\b");
    private static final Pattern MEMBERS = Pattern.compile(
            "(?<![\\w.’'])((?:[A-Z][\\w’'.-]*\\s+){1,3}(?:[Ss]heriff[’']s|Police))\\s+(?:deputies|deputy|officers|detectives|department|office)\\b");
    /** "state troopers", bare "troopers": the one state police (state patrol, highway patrol) the profile names. */
    private static final Pattern STATE_TROOPERS = Pattern.compile("(?<![\\w’'-])(?:[Ss]tate\\s+)?[Tt]roopers\\b");
    /** "the task force", "task force investigators": the one task force the profile names. */
    private static final Pattern TASK_FORCE = Pattern.compile("\\b[Tt]he\\s+(?:[Tt]ask\\s+[Ff]orce)\\b(?![’'\\s]*\\s+(?:of|for)\\b)"
            + "|\\btask\\s+force(?=\\s+(?:investigators|officers|agents|detectives|members)\\b)");
    /** "Metro", "the Metro vice unit": the one metropolitan police department the profile names (not "Metro Transit Police"). */
    private static final Pattern METRO = Pattern.compile("(?<![\\w.’'-])Metro\\b(?![\\w’'-]|\\s+[A-Z])");
    private static final Pattern SHERIFF = Pattern.compile(".*Sheriff[’']s (?:Office|Department)");

    private BackReferences() {}

    static List<ActorMention> in(List<Sentence> sentences, List<Actor> actors, Spans taken, String place) {
        List<ActorMention> out = new ArrayList<>();
        List<Actor> sheriffs = actors.stream().filter(a -> !a.national() && SHERIFF.matcher(a.name()).matches()).toList();
        List<Actor> police = actors.stream().filter(a -> !a.national() && a.name().endsWith("Police Department")
                && !a.name().contains("State Police")).toList();
        List<Actor> statePolice = actors.stream().filter(a -> a.name().endsWith("State Police") || a.name().endsWith("Highway Patrol")
                || a.name().endsWith("State Patrol")).toList();
        List<Actor> metro = actors.stream().filter(a -> !a.national() && a.name().contains("Metropolitan Police")).toList();
        List<Actor> taskForces = actors.stream().filter(a -> a.name().contains("Task Force")).toList();
        for (Sentence s : sentences) {
            String t = s.text();
            if (taskForces.size() == 1 && (t.contains("task force") || t.contains("Task Force"))) {
                Matcher m = LiteralGuard.matcher(TASK_FORCE, t);
                while (m.find()) add(out, taken, s.start() + m.start(), s.start() + m.end(), taskForces.get(0));
            }
            if (metro.size() == 1 && t.contains("Metro")) {
                Matcher m = LiteralGuard.matcher(METRO, t);
                while (m.find()) add(out, taken, s.start() + m.start(), s.start() + m.end(), metro.get(0));
            }
            if (statePolice.size() == 1 && (t.contains("troopers") || t.contains("Troopers"))) {
                Matcher m = LiteralGuard.matcher(STATE_TROOPERS, t);
                while (m.find())
                    if (!Bystanders.employerBefore(t, m.start())) add(out, taken, s.start() + m.start(), s.start() + m.end(), statePolice.get(0));
            }
            if (t.contains("Sheriff") || t.contains("sheriff") || t.contains("Police")) {
                Matcher m = LiteralGuard.matcher(SHORT_FORM, t);
                while (m.find()) {
                    List<Actor> candidates = m.group(1).contains("Sheriff") ? sheriffs : police;
                    // in the profile of a place, its own agency before any other
                    List<Actor> own = candidates.stream().filter(a -> place != null && a.name().startsWith(place + " ")).toList();
                    if (own.size() == 1) candidates = own;
                    if (candidates.size() == 1) add(out, taken, s.start() + m.start(1), s.start() + m.end(1), candidates.get(0));
                }
                m = LiteralGuard.matcher(MEMBERS, t);
                while (m.find()) {
                    if (Bystanders.employerBefore(t, m.start())) continue;
                    // "Ontara County sheriff’s deputies" too: the case of "sheriff’s" aside
                    String prefix = m.group(1).replace('\'', '’').replaceFirst("^(?:The|the)\\s+", "").replace("sheriff’s", "Sheriff’s");
                    List<Actor> named = actors.stream().filter(a -> a.name().replace('\'', '’').startsWith(prefix + " ")
                            || a.name().replace('\'', '’').startsWith(prefix + "’s ")).toList();
                    if (named.size() == 1) add(out, taken, s.start() + m.start(1), s.start() + m.end(1), named.get(0));
                }
            }
        }
        return out;
    }

    private static void add(List<ActorMention> out, Spans taken, int start, int end, Actor a) {
        if (taken.overlaps(start, end)) return;
        out.add(new ActorMention(start, end, a));
        taken.add(start, end);
    }
}
