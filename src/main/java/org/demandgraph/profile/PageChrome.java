package org.demandgraph.profile;

import java.util.Locale;
import java.util.Set;

/** Lines the web page prints around a profile that belong to no section ("Comments are closed."). */
final class PageChrome {

    private static final Set<String> LINES = Set.of("comments are closed.", "comments are closed");

    private PageChrome() {}

    static boolean is(String content) {
        return LINES.contains(Blanks.normalise(content).toLowerCase(Locale.ROOT));
    }
}
