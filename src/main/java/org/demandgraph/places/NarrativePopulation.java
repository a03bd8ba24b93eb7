package org.demandgraph.places;

import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The population a profile's opening paragraph gives its place, when the footer prints none: "a town of
 * approximately 500 residents", "a city of about 1.2 million people", "has a population of roughly 7,000".
 * Only the opening paragraph is read (it introduces the place; later ones mention other places and counts of
 * arrests), and only these phrasings. The matcher uses it like the footer's, but in New England it only
 * chooses (a town's GeoNames place there may count only its village).
 */
final class NarrativePopulation {

    private static final String QUALIFIER = "(?:about|approximately|roughly|nearly|around|almost|some|over|under"
            + "|more\\s+than|less\\s+than|fewer\\s+than|just\\s+(?:over|under)|an\\s+estimated)";
    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?\\s+million|\\d+)";
    private static final Pattern PHRASE = Pattern.compile(
            "(?i)(?:\\bof\\s+(?:" + QUALIFIER + "\\s+)?" + NUMBER + "\\s+(?:residents|people|inhabitants)\\b"
                    + "|\\bpopulation\\s+(?:of|is|was)\\s+(?:" + QUALIFIER + "\\s+)?" + NUMBER + "(?![\\d,.]*\\s*%))");
    /** The opening paragraph ends at the first blank line; a run-on text is read this far at most. */
    private static final int OPENING = 800;

    private NarrativePopulation() {}

    static OptionalLong of(String text) {
        if (text == null || text.isBlank()) return OptionalLong.empty();
        String opening = text.strip().split("\\R\\s*\\R", 2)[0];
        if (opening.length() > OPENING) opening = opening.substring(0, OPENING);
        Matcher m = PHRASE.matcher(opening);
        if (!m.find()) return OptionalLong.empty();
        return number(m.group(1) != null ? m.group(1) : m.group(2));
    }

    private static OptionalLong number(String printed) {
        String s = printed.toLowerCase(Locale.ROOT).replace(",", "").strip();
        try {
            if (s.endsWith("million"))
                return OptionalLong.of(Math.round(Double.parseDouble(s.replace("million", "").strip()) * 1_000_000));
            long n = Long.parseLong(s);
            return n > 0 && n < 100_000_000 ? OptionalLong.of(n) : OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
