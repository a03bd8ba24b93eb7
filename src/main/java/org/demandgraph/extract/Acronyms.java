package org.demandgraph.extract;

import java.util.regex.Pattern;

/** Acronyms: a name's initials, and where a word stands alone in a text. */
final class Acronyms {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LINKING_WORD = Pattern.compile("(?i)of|for|and|the|&");

    private Acronyms() {}

    /**
     * Where {@code word} next occurs in {@code text} from {@code from} with no word character or dot
     * before it and no word character after it (as the pattern {@code (?<![\w.])word(?![\w])}), or -1.
     */
    static int standsAlone(String text, String word, int from) {
        for (int at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
            int after = at + word.length();
            boolean before = at > 0 && (isWordChar(text.charAt(at - 1)) || text.charAt(at - 1) == '.');
            if (!before && !(after < text.length() && isWordChar(text.charAt(after)))) return at;
        }
        return -1;
    }

    /** A character of regex {@code \w}: ASCII letter, digit or underscore. */
    private static boolean isWordChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }

    /**
     * The initials of a state agency's name without its state, of three letters or more ("Iowa Division of Criminal
     * Investigation" → "DCI": its agents are "DCI agents"), or null when the name does not start with a state's name.
     */
    static String withoutState(String name) {
        for (String state : org.demandgraph.vocab.UsStates.all().values())
            if (name.startsWith(state + " ")) {
                String rest = initials(name.substring(state.length() + 1));
                return rest.length() >= 3 ? rest : null;
            }
        return null;
    }

    /** The capitals of a name's words other than linking words ("Elm County Police Department" → "ECPD"). */
    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : SPACES.split(name))
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !LINKING_WORD.matcher(w).matches()) b.append(w.charAt(0));
        return b.toString();
    }
}
