package org.demandgraph.extract;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A town's police told in lower case, never by the department's name: "Halvard police officers", "Tamsen officers",
 * "police in Garrick" are the Halvard, Tamsen and Garrick Police Departments. The capitalised words must be a place the
 * profile names as one elsewhere too ("a hotel in Kearny Flats", "north of Tamsen"), not a county's (whose police is
 * its sheriff), a state's or a campus's, an acronym, an agency's own name ("Task Force officers") or an adjective
 * opening the sentence ("Undercover officers"). A town whose police department the profile names is left to the
 * name rule and the common nouns ({@link CommonNouns}).
 */
final class TownPolice {

    private static final String TOWN = "((?:[A-Z][\\p{L}\\w.-]*\\s+){0,2}[A-Z][\\p{L}\\w.-]*)";
    private static final Pattern BEFORE_NOUN = Pattern.compile("(?<![\\p{L}\\w.’'-])" + TOWN
            + "\\s+(?:police(?!\\s+[Dd]epartment)(?:\\s+(?:officers|detectives|investigators))?|officers|detectives)\\b");
    private static final Pattern AFTER_NOUN = Pattern.compile("\\bpolice\\s+(?:officers\\s+|detectives\\s+)?in\\s+" + TOWN + "(?![\\w’'])");
    /** Words that make the capitalised words something other than a town ("State", "Task Force", "Undercover"). */
    private static final Set<String> NOT_TOWN = Set.of("The", "A", "An", "In", "On", "At", "By", "For", "From", "With", "And", "But", "When",
            "After", "Before", "Since", "During", "Then", "Its", "Their", "His", "Her", "Both", "Two", "Three", "Several", "Many", "Some",
            "All", "Other", "Local", "Area", "Undercover", "Plainclothes", "Female", "Male", "Uniformed", "Vice", "Narcotics", "Patrol",
            "State", "County", "City", "Town", "Township", "Parish", "Village", "Federal", "Tribal", "Transit", "Campus", "University",
            "College", "School", "Park", "Port", "Airport", "Capitol", "Housing", "Border", "Military", "Metro", "Railroad",
            "Task", "Force", "Unit", "Team", "Squad", "Division", "Bureau", "Department", "Office", "Sheriff", "Police", "Special",
            "Senior", "Chief", "Deputy", "Assistant", "Veteran", "Off-duty", "Former", "Retired", "Agency", "Service", "Coalition");
    private static final Pattern MONTH_OR_NUMBER = Pattern.compile("January|February|March|April|May|June|July|August|September|October"
            + "|November|December|\\d.*|[A-Z]{2,}|.*[’'].*");

    /** "in X", "of X", "north of X": the capitalised words after them are places, and so is each of their beginnings. */
    private static final Pattern PLACE = Pattern.compile("\\b(?:in|of|near|at|from|outside|to)\\s+((?:[A-Z][\\p{L}\\w.-]*\\s+){0,2}[A-Z][\\p{L}\\w.-]*)"
            // "Its county seat and largest city is Bexley", "whose seat is Norwood"
            + "|\\b(?:seat|city|town)\\s+(?:and\\s+(?:largest|biggest|main)\\s+(?:city|town)\\s+)?is\\s+((?:[A-Z][\\p{L}\\w.-]*\\s+){0,2}[A-Z][\\p{L}\\w.-]*)");

    private TownPolice() {}

    /**
     * Adds to {@code drafts} the towns' police the sentences name so, and a mention for each (not for a person's employer:
     * "an off-duty Lisle police officer"), in a profile of {@code place}.
     */
    static void add(String text, List<Sentence> sentences, String place, Map<String, ActorAssembly.Draft> drafts, List<ActorAssembly.Raw> raws) {
        Set<String> places = null;
        for (Sentence s : sentences) {
            String t = s.text();
            Work.add(1);
            if (!t.contains("police") && !t.contains("officers") && !t.contains("detectives")) continue;
            for (Pattern p : List.of(BEFORE_NOUN, AFTER_NOUN))
                for (Matcher m = LiteralGuard.matcher(p, t); m.find(); ) {
                    if (places == null) places = places(sentences);
                    String town = m.group(1).replaceAll("\\s+", " ");
                    if (!town(town, places, place)) continue;
                    String name = department(town, drafts.keySet());
                    int start = s.start() + m.start(), end = s.start() + m.end();
                    if (name == null || overlaps(raws, start, end)) continue;
                    Evidence ev = new Evidence(start, end, text.substring(start, end));
                    drafts.computeIfAbsent(name, k -> new ActorAssembly.Draft(k, Actor.Kind.POLICE, false, ev, Rule.ACTOR_NAME));
                    if (!Bystanders.named(t, m.start(), m.end())) raws.add(new ActorAssembly.Raw(start, end, name));
                }
        }
    }

    /** The places the sentences name after "in", "of", "near" ..., with each one's first words. */
    private static Set<String> places(List<Sentence> sentences) {
        Set<String> out = new HashSet<>();
        for (Sentence s : sentences)
            for (Matcher m = LiteralGuard.matcher(PLACE, s.text()); m.find(); ) {
                // "in Kearny Flats.": the sentence's stop is no part of the name
                String[] words = (m.group(1) != null ? m.group(1) : m.group(2)).replaceFirst("\\.$", "").split("\\s+");
                for (int i = 1; i <= words.length; i++) out.add(String.join(" ", Arrays.copyOf(words, i)));
            }
        return out;
    }

    /** Whether the words are a town's name the profile names as a place, and no county's. */
    private static boolean town(String town, Set<String> places, String place) {
        for (String w : town.split(" ")) if (NOT_TOWN.contains(w) || MONTH_OR_NUMBER.matcher(w).matches()) return false;
        if (town.endsWith(" County") || town.endsWith(" Parish")) return false;
        return places.contains(town) || town.equals(place);
    }

    /** The department's name, unless the profile names it, or another police of that town, already. */
    private static String department(String town, Collection<String> named) {
        // "Kessington Division of Police", "Kelling Falls Bureau of Police": the town's police under its own name
        for (String n : named) if (n.startsWith(town + " ") && n.contains("Police") && !n.contains("Port of")) return null;
        return town + " Police Department";
    }

    /** Whether a name found so far overlaps {@code [start, end)}. */
    private static boolean overlaps(List<ActorAssembly.Raw> raws, int start, int end) {
        for (ActorAssembly.Raw r : raws) if (r.start() < end && start < r.end()) return true;
        return false;
    }
}
