package org.demandgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Agencies named through their office or office-holder without the agency's own name: "the state Attorney
 * General’s office" (the profile's state's Attorney General’s Office) and "Brenning County Sheriff Royce Aldana"
 * (the Brenning County Sheriff’s Office).
 */
final class OfficeHolderAgencies {

    /** An agency's name, kind and the words of the sentence naming it (offsets within the sentence). */
    record Named(int start, int end, String name, Actor.Kind kind) {}

    private static final Pattern STATE_ATTORNEY_GENERAL = Pattern.compile("\\b[Tt]he\\s+(state(?:[’']s)?\\s+[Aa]ttorney\\s+[Gg]eneral[’']s\\s+[Oo]ffice)\\b");
    /**
     * A county sheriff by title before a person's name or a verb of saying ("the Tiernan County Sheriff said his office
     * holds ..."); not "the County Sheriff's Office", which the name rule finds.
     */
    private static final Pattern SHERIFF_BY_TITLE = Pattern.compile("(?<![\\w’'.-])((?:[A-Z][\\w’'.-]*\\s+){1,3}(?:County|Parish)\\s+Sheriff)\\s+(?=[A-Z][a-z]+\\s+[A-Z]|(?:said|says|told|stated|explained|noted|added)\\b)");

    private OfficeHolderAgencies() {}

    /** The agencies the sentence names so, in a profile of {@code state} (its full name, or null). */
    static List<Named> in(String sentence, String state) {
        List<Named> out = new ArrayList<>();
        if (state != null && sentence.contains("ttorney"))
            for (Matcher m = STATE_ATTORNEY_GENERAL.matcher(sentence); m.find(); )
                out.add(new Named(m.start(1), m.end(1), state + " Attorney General’s Office", Actor.Kind.PROSECUTOR));
        if (sentence.contains("Sheriff "))
            for (Matcher m = SHERIFF_BY_TITLE.matcher(sentence); m.find(); ) {
                String[] words = m.group(1).split("\\s+");
                int skip = words[0].equals("The") || words[0].equals("the") ? 1 : 0;
                if (skip == 1 && words.length < 4) continue;
                int start = skip == 1 ? sentence.indexOf(words[1], m.start(1)) : m.start(1);
                out.add(new Named(start, m.end(1), sentence.substring(start, m.end(1)).replaceAll("\\s+", " ") + "’s Office", Actor.Kind.POLICE));
            }
        return out;
    }
}
