package org.demandgraph.profile;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** List markers at the start of a line: bullets ({@code - }, {@code • }, {@code ◦ }...) and numbers ({@code 1. }). */
final class Markers {

    private static final Pattern BULLET = Pattern.compile("(?:[-*•◦▪‣·–]|\\d{1,2}[.)])[\\s\\u00a0]+");

    private Markers() {}

    /** Offset just past the bullet marker at {@code from}, or {@code from} itself when there is none. */
    static int afterBullet(String text, int from, int end) {
        Matcher m = BULLET.matcher(text).region(from, end);
        return m.lookingAt() && m.end() < end ? m.end() : from;
    }

    static boolean hasBullet(String text, int from, int end) {
        return afterBullet(text, from, end) != from;
    }
}
