package org.demandgraph.profile;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.vocab.Slugs;
import org.demandgraph.vocab.UsStates;

/**
 * The title line: "Place, ST" (a city's or county's profile: the place's name and its USPS code), or a
 * state's own name, optionally "State of …" or "Commonwealth of …" ("Iowa", "State of Iowa": the state's
 * profile, {@link Profile.Kind#STATE}). A title with a comma is always a place: "New York, NY" is the city.
 */
record TitleLine(Span span, String name, String stateCode, Profile.Kind kind) {

    /** A place name (letters, digits, spaces, "St.", apostrophes, hyphens), a comma, a two-letter code. */
    private static final Pattern TITLE = Pattern.compile(
            "([\\p{L}\\p{M}0-9][\\p{L}\\p{M}0-9\\s\\u00a0.'’\\-&()]*?)[\\s\\u00a0]*,[\\s\\u00a0]*([A-Z]{2})\\.?");
    /** The prefixes a state's own title may carry before its name. */
    private static final Pattern STATE_PREFIX = Pattern.compile("(?iu)^(?:state|commonwealth)[\\s\\u00a0]+of[\\s\\u00a0]+");
    private static final int MAX_LENGTH = 100;

    static TitleLine parse(String source, String text, Line line) throws ProfileFormatException {
        Span span = Blanks.trimmed(text, line.start(), line.end());
        Matcher m = TITLE.matcher(span.text());
        if (span.length() <= MAX_LENGTH && !m.matches()) {
            Optional<String> state = stateCode(span.text());
            if (state.isPresent())
                return new TitleLine(span, UsStates.name(state.get()).orElseThrow(), state.get(), Profile.Kind.STATE);
        }
        if (span.length() > MAX_LENGTH || !m.matches() || !m.group(1).codePoints().anyMatch(Character::isLetter))
            throw new ProfileFormatException(source, line.number(),
                    "no title line: expected \"Place, ST\" or a state's name but found \"" + abbreviate(span.text()) + "\"");
        String code = m.group(2);
        if (!UsStates.isCode(code))
            throw new ProfileFormatException(source, line.number(), "unknown state code \"" + code + "\" in the title");
        String name = Blanks.normalise(m.group(1));
        if (Slugs.slug(name).isEmpty())
            throw new ProfileFormatException(source, line.number(), "the place name \"" + abbreviate(name)
                    + "\" in the title has no Latin letters or digits to make its IRI from: write the name in Latin letters");
        return new TitleLine(span, name, code, Profile.Kind.PLACE);
    }

    /** The code of a title that is a state's (or DC's) name, any case, "State of" / "Commonwealth of" allowed. */
    private static Optional<String> stateCode(String title) {
        String name = STATE_PREFIX.matcher(Blanks.normalise(title)).replaceFirst("");
        return UsStates.codeOf(name).filter(UsStates::isStateOrDc);
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
