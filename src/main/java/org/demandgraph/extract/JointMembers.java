package org.demandgraph.extract;

import java.util.regex.Pattern;

/**
 * Bare "officers" or "detectives" coordinated with another agency's people ("detectives and agents of the X", "officers and
 * troopers from the X", "detectives and the X", "officers and state troopers"): the place's own, told beside the other
 * agency, when the paragraph has already told of the place's police (round 22); and "it" joining another agency. {@link CommonNouns} resolves them.
 */
final class JointMembers {

    /** What follows the bare noun: "and" another agency's people "of / from / with the" a name, or an agency by name. */
    private static final Pattern BESIDE = Pattern.compile("^\\s+and\\s+(?:(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:agents|troopers|officers|detectives|investigators|deputies)"
            + "\\s+(?:of|from|with)\\s+(?:the\\s+)?[A-Z]|the\\s+[A-Z]|(?:state\\s+)?troopers\\b)");

    /** "it joined the X", "it teamed up with agents of the X", "it partnered with the X": the agency just told, beside the X. */
    static final Pattern IT_JOINED = Pattern.compile("(?<![\\w’'-])(?:[Ii]t)(?=\\s+(?:then\\s+|also\\s+)?(?:joined|teamed\\s+up\\s+with|partnered\\s+with|joined\\s+forces\\s+with|worked\\s+with)"
            + "\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?[A-Z])");

    private JointMembers() {}

    /** Whether the bare members ending at {@code end} of {@code t} are coordinated with another agency's. */
    static boolean beside(String t, int end) {
        return BESIDE.matcher(t.substring(end, Math.min(t.length(), end + 120))).find();
    }
}
