package org.demandgraph.extract;

import java.util.Collection;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place's own police or sheriff named only by initials or a short form: "RPD" in a Renwick
 * profile is the Renwick Police Department, "ECSO" in an Elm County profile the Elm County Sheriff's
 * Office; "the Sheriff's Office" in a county profile that names no sheriff is the
 * county's, "the Police Department" in a city profile that names no police department the city's.
 */
final class LocalAgency {

    /** The agency's full name and the words of the narrative that name it (an acronym or a short form). */
    record Named(String name, String written) {}

    private static final Pattern SHERIFF = Pattern.compile("\\b[Tt]he\\s+(Sheriff[’']s\\s+(?:Office|Department))\\b");
    private static final Pattern POLICE = Pattern.compile("\\b[Tt]he\\s+(Police\\s+Department)\\b");

    private LocalAgency() {}

    /** The place's agency the narrative names only so, unless one of {@code named} already is it. */
    static Optional<Named> of(String place, String narrative, Collection<String> named) {
        if (place == null || place.isBlank()) return Optional.empty();
        StringBuilder initials = new StringBuilder();
        for (String w : place.split("[\\s.-]+"))
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) initials.append(w.charAt(0));
        if (initials.isEmpty()) return Optional.empty();
        boolean county = place.endsWith(" County") || place.endsWith(" Parish");
        String name = place + (county ? " Sheriff’s Office" : " Police Department");
        String head = county ? "Sheriff" : "Police Department";
        if (named.stream().anyMatch(n -> n.replace('\'', '’').startsWith(place + " ") && n.contains(head))) return Optional.empty();
        String acronym = initials + (county ? "SO" : "PD");
        if (Pattern.compile("(?<![\\w.])" + acronym + "(?![\\w])").matcher(narrative).find()) return Optional.of(new Named(name, acronym));
        // a short form only where the profile names no other agency of that kind
        if (named.stream().anyMatch(n -> n.contains(head))) return Optional.empty();
        Matcher m = (county ? SHERIFF : POLICE).matcher(narrative);
        return m.find() ? Optional.of(new Named(name, m.group(1))) : Optional.empty();
    }
}
