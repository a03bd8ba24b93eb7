package org.demandgraph.extract;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a clause tells what another place does, not the profile's place: "the city of Brixton runs a
 * john school", "neighboring Lakeview impounds cars", "nearby cities", and, in a city's profile, another
 * town's police ("Wexley police mail letters") when the clause does not name the place itself.
 */
final class OtherPlace {

    private static final Pattern MARKED = Pattern.compile(
            "\\b(?i:city|town|county|village|township) of [A-Z]|(?i:\\belsewhere\\s+in\\s+the\\s+(?:state|country|nation|region|county)\\b)|(?i:\\b(?:neighbou?ring|nearby|another|other)\\s+(?:cit(?:y|ies)|towns?|count(?:y|ies)|jurisdictions?)\\b)"
            + "|\\b(?i:neighbou?ring|nearby|adjacent)\\s+[A-Z]"
            // "In Milwaukee, by contrast, judges suspend ...": a place set against this one
            + "|\\b(?:In|in)\\s+[A-Z][\\w.-]*(?:\\s+[A-Z][\\w.-]*){0,2},?\\s+(?:by|in)\\s+contrast\\b|\\b(?:Unlike|unlike)\\s+[A-Z]"
            // "Hartsdale, across the river, tows cars", "Across the river, the Port Byron Police Department ..."
            + "|(?i:\\bacross\\s+the\\s+(?:river|bay|lake|harbou?r|(?:state|county|city|town|parish)\\s+lines?|border))\\b"
            // "The Wexford County Sheriff’s Office, forty miles to the north, sends ...", not "20 miles north of Boston" (where the place is)
            + "|(?i:\\bmiles\\s+(?:to\\s+the\\s+)?(?:(?:north|south)(?:east|west)?|east|west|away|up(?:river|stream)|down(?:river|stream))\\b(?!\\s+(?:of|from)\\b))"
            // "Kinsale, ten miles up the shore, sends letters ..."
            + "|(?i:\\bmiles\\s+(?:up|down|along|across)\\s+the\\s+(?:shore|coast|river|lake|bay|road|highway|interstate|valley|line)\\b)");
    /** In a city's profile, a sting held in a named town ("ran an online sting in Columbus"), not in a street, park or county of it. */
    private static final Pattern STING_IN_TOWN = Pattern.compile("\\b(?i:stings?|operations?|raids?|sweeps?|crackdowns?)\\s+in\\s+([A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?)\\b"
            + "(?!\\s+(?:County|Parish|Street|Avenue|Road|Boulevard|Drive|Highway|Park|Square|Township|Mall|Hotel|Motel|Inn|Heights|Village|District))");
    /** A place's name: up to three capitalised words. */
    private static final String NAME = "[A-Z][\\w.-]*(?:\\s+[A-Z][\\w.-]*){0,2}";
    /** The other place a marked clause names: "the city of X", "neighboring X", "Unlike X", "In X, by contrast", "X, across the river". */
    private static final Pattern MARKED_NAME = Pattern.compile(
            "(?:\\b(?i:city|town|village|township) of |\\b(?i:neighbou?ring|nearby|adjacent)\\s+|\\b(?:Unlike|unlike)\\s+)(" + NAME + ")"
            + "|\\b(?:In|in)\\s+(" + NAME + "),?\\s+(?:by|in)\\s+contrast\\b"
            + "|(?:^|[;,]\\s+|\\band\\s+)(" + NAME + "),\\s+across\\s+the\\b");
    private static final Pattern TOWN_POLICE = Pattern.compile("(?<![\\w.’'-])((?:[A-Z][\\w’'.-]*\\s+){0,2}[A-Z][\\w’'.-]*)\\s+(?:police|Police)\\b");
    /** Words of a police force's name that name no town ("State police", "Metro Police"). */
    private static final Set<String> NO_TOWN = Set.of("The", "State", "County", "Parish", "City", "Town", "Local", "Metro", "Federal", "Tribal",
            "Campus", "Transit", "University", "Military", "Capitol", "Park", "Airport", "Port", "Area", "Regional", "Municipal", "Border", "Sheriff’s");

    /** A sentence set in a named place ("In Lyonsburg, officers impound ...", "Police in Greywick, upriver, impound ..."). */
    private static final Pattern OPENING_PLACE = Pattern.compile("^\\s*(?:In|(?:Police|Officers|Judges|Prosecutors|Residents|Officials)\\s+in)\\s+([A-Z][a-z]+(?:\\s+[A-Z][a-z]+){0,2}),\\s");
    /** Capitalised words after a sentence's "In" that name no place ("In Addition, ..."). */
    private static final Set<String> NOT_A_PLACE = Set.of("Addition", "Particular", "General", "Total", "Short", "Fact", "Recent", "Response",
            "Summer", "Spring", "Fall", "Autumn", "Winter", "All", "Sum", "Practice", "Contrast", "Turn", "Brief",
            // "In Operation Crosswind, ...": an operation's name, not a town
            "Operation");

    /**
     * Where arrested people live or come from ("several of whom lived in Elm County", "a youth pastor from a neighboring
     * county", "several of them from neighboring counties"): not where the work was done (officers "from Elm County" still name it).
     */
    private static final Pattern HOME = Pattern.compile("(?:\\bfrom\\s+an?|\\bof\\s+(?:them|whom|those)\\s+from|\\b(?:lived|lives|live|living|resided|resides|residing|home)\\s+in(?:\\s+an?)?|\\bresidents?\\s+of(?:\\s+an?)?)\\s+$");

    private OtherPlace() {}

    /** Whether the clause names the place other than as where arrested people live. */
    private static boolean namesPlace(String clause, String place) {
        if (place == null) return false;
        for (int at = clause.indexOf(place); at >= 0; at = clause.indexOf(place, at + 1))
            if (!HOME.matcher(clause.substring(Math.max(0, at - 30), at)).find()) return true;
        return false;
    }

    /**
     * Whether the sentence contrasts the place with what it tells ("Bethlehem installed cameras in 2015;
     * Easton Falls has no such cameras", "Dayton seizes cars; Elm City does not."): all of it is another place's.
     */
    static boolean contrasted(String sentence, String place) {
        if (place == null || place.isBlank()) return false;
        for (int at = sentence.indexOf(place); at >= 0; at = sentence.indexOf(place, at + 1))
            if (CONTRAST_AFTER_PLACE.matcher(sentence).region(at + place.length(), sentence.length()).lookingAt()
                    || NONE_HERE.matcher(sentence.substring(Math.max(0, at - 80), at)).find()) return true;
        return false;
    }

    /**
     * A wider sweep told with none of its arrests in the place ("A State Police sweep in 2020 that arrested 31 men across
     * four counties made no arrests in Wrenford", "led to 52 arrests in eleven counties, none of them in X", "produced no
     * arrests in X"): the sweep is no operation of the place, nor its count.
     */
    private static final Pattern NONE_HERE = Pattern.compile(
            "\\b(?:(?:made|had|produced|yielded|brought|netted|found|led\\s+to|resulted\\s+in|with)\\s+no\\s+(?:arrests?|buyers?|one)"
            + "|none(?:\\s+of\\s+(?:them|those|these|which|the\\s+\\w+))?(?:\\s+(?:was|were))?(?:\\s+(?:arrested|charged|made|taken))?"
            + "|not\\s+(?:a\\s+single|one)(?:\\s+of\\s+(?:them|those|these|which))?(?:\\s+(?:was|were))?(?:\\s+(?:arrested|charged|made))?)"
            + "\\s+(?:in|within|inside)\\s+(?:the\\s+(?:city|town|county|village|township)\\s+of\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    /** What follows the place's name in a contrast: "has not", "does not.", "has no such". */
    private static final Pattern CONTRAST_AFTER_PLACE = Pattern.compile(
            "\\s+(?:(?:has|have|does|do|did)\\s+(?:not|never)\\s*(?:[.;,)]|$)|(?:has|have|uses?|runs?)\\s+no\\s+such\\b"
            // "..., a step Tarrow Mills has never taken"
            + "|(?:has|have|did)\\s+(?:not|never)\\s+(?:taken|tried|adopted|followed|copied|used)\\b"
            // "...; Brannock has never done so", "Brannock has not followed suit"
            + "|(?:has|have|does|do|did)\\s+(?:not|never)\\s+(?:done\\s+(?:so|that|the\\s+same)|followed\\s+suit)\\b)");

    /**
     * A clause marked as another place's: "the city of X" (unless X is the place), "neighboring X", "nearby
     * towns", "forty miles to the north", and in a city's profile a sting "in" another named town ("ran an online sting
     * in Columbus"); not when it names the place too ("Elm Township police collaborated with neighboring Elm City police").
     */
    static boolean marked(String clause, String place) {
        if (namesPlace(clause, place)) return false;
        if (LiteralGuard.mayFind(MARKED, clause))
            for (Matcher m = MARKED.matcher(clause); m.find(); )
                if ((place == null || !clause.startsWith(place, m.end() - 1)) && !HOME.matcher(clause.substring(Math.max(0, m.start() - 30), m.start())).find()) return true;
        if (place == null || place.endsWith(" County") || place.endsWith(" Parish") || !clause.contains(" in ")) return false;
        for (Matcher t = LiteralGuard.matcher(STING_IN_TOWN, clause); t.find(); ) {
            String name = t.group(1), first = name.split(" ")[0];
            if (!place.startsWith(first) && !org.demandgraph.extract.lexicon.Months.NAMES.contains(first) && !NOT_A_PLACE.contains(first)) return true;
        }
        return false;
    }

    /**
     * The other places the sentences name by a mark ("neighboring Hartsdale", "Hartsdale, across the
     * river"), so that a later clause about one of them ("Letters were mailed in Hartsdale") is theirs too.
     */
    static Set<String> named(java.util.List<String> sentences, String place) {
        Set<String> names = new java.util.TreeSet<>();
        for (String s : sentences) {
            if (!LiteralGuard.mayFind(MARKED, s) || !marked(s, place)) continue;
            Matcher m = LiteralGuard.matcher(MARKED_NAME, s);
            while (m.find()) {
                String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                if (place == null || !place.startsWith(name) && !name.startsWith(place)) names.add(name);
            }
        }
        return names;
    }

    /** Whether the clause, not naming the place, is about one of the other places named before ({@link #named}). */
    static boolean about(String clause, Set<String> others, String place) {
        if (others.isEmpty() || place != null && clause.contains(place)) return false;
        for (String other : others) {
            int at = clause.indexOf(other);
            if (at >= 0 && (at == 0 || !Character.isLetterOrDigit(clause.charAt(at - 1)))
                    && (at + other.length() == clause.length() || !Character.isLetterOrDigit(clause.charAt(at + other.length())))) return true;
        }
        return false;
    }

    /** As {@link #marked}, or, in a city's profile, a clause about another town's police, or one opening "In Lyonsburg, ...", that does not name the place. */
    static boolean in(String clause, String place) {
        if (marked(clause, place)) return true;
        if (place == null || place.endsWith(" County") || place.endsWith(" Parish") || namesPlace(clause, place)) return false;
        Matcher in = OPENING_PLACE.matcher(clause);
        if (in.lookingAt() && !org.demandgraph.extract.lexicon.Months.NAMES.contains(in.group(1).split(" ")[0])
                && !NOT_A_PLACE.contains(in.group(1).split(" ")[0])) return true;
        if (!clause.contains("olice")) return false;
        Matcher m = LiteralGuard.matcher(TOWN_POLICE, clause);
        while (m.find()) {
            // "an off-duty Sandy Ford police officer" arrested here: his employer, not another town at work
            if (Bystanders.employerBefore(clause, m.start())) continue;
            String[] words = m.group(1).split("\\s+");
            boolean town = true;
            for (String w : words) if (NO_TOWN.contains(w.replace('\'', '’'))) town = false;
            if (town) return true;
        }
        return false;
    }
}
