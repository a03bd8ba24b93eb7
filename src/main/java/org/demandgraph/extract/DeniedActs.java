package org.demandgraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether every enforcement word of a clause is denied right before it: "The X Sheriff’s Office has held no stings of its
 * own", "the department has never conducted a sting", "did not take part in the operation". An agency told so does not
 * act.
 */
final class DeniedActs {

    /** A denial a few words before the act: "no", "not", "never", "n't", "no longer". */
    private static final Pattern DENIED_BEFORE = Pattern.compile("\\b(?:no|not|never|n[’']t)\\s+(?:[\\w’'-]+\\s+){0,3}$", Pattern.CASE_INSENSITIVE);

    private DeniedActs() {}

    static boolean only(String clause, Pattern acts) {
        boolean any = false;
        for (Matcher m = acts.matcher(clause); m.find(); ) {
            any = true;
            int wordStart = m.start();
            while (wordStart > 0 && Character.isLetter(clause.charAt(wordStart - 1))) wordStart--;
            if (!DENIED_BEFORE.matcher(clause.substring(Math.max(0, wordStart - 40), wordStart)).find()) return false;
        }
        return any;
    }
}
