package org.demandgraph.extract;

import java.util.regex.Pattern;
import org.demandgraph.extract.lexicon.BackgroundCrimes;

/** Whether a sentence tells a background crime story (a trafficking case, a homicide) rather than demand work. */
final class Background {

    private static final Pattern STORY = Pattern.compile(BackgroundCrimes.STORY, Pattern.CASE_INSENSITIVE);
    private static final Pattern THE_PROBLEM = Pattern.compile(BackgroundCrimes.THE_PROBLEM, Pattern.CASE_INSENSITIVE);

    private Background() {}

    static boolean story(String sentence) {
        String story = LiteralGuard.mayFind(THE_PROBLEM, sentence) ? THE_PROBLEM.matcher(sentence).replaceAll(" ") : sentence;
        return LiteralGuard.find(STORY, story);
    }
}
