package org.demandgraph.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Collects the narrative's blocks line by line. Each non-blank line opens a block (the site prints a
 * paragraph per line); a line right under a paragraph line that did not end a sentence continues that
 * paragraph (hard-wrapped text), unless it is a bullet or a {@code >} quotation.
 */
final class NarrativeBlocks {

    private static final int HEADING_MAX_CHARS = 80;
    private static final int HEADING_MAX_WORDS = 12;
    private static final Set<String> MINOR_WORDS = Set.of("with", "from", "into", "than", "that", "upon", "over", "onto");

    private final String text;
    private final List<Block> blocks = new ArrayList<>();
    private boolean blankSinceLast = true;

    NarrativeBlocks(String text) {
        this.text = text;
    }

    void blank() {
        blankSinceLast = true;
    }

    void add(Line line) {
        int s = line.contentStart(text);
        int e = line.contentEnd(text);
        if (!line.hasWords(text)) {
            blank();
            return;
        }
        if (continues(s, e)) {
            Block last = blocks.remove(blocks.size() - 1);
            blocks.add(new Block(last.kind(), Span.of(text, last.span().start(), e)));
        } else {
            blocks.add(classify(s, e));
        }
        blankSinceLast = false;
    }

    List<Block> blocks() {
        return blocks;
    }

    private boolean continues(int s, int e) {
        if (blankSinceLast || blocks.isEmpty()) return false;
        Block last = blocks.get(blocks.size() - 1);
        if (last.kind() != Block.Kind.PARAGRAPH && last.kind() != Block.Kind.QUOTE) return false;
        return !endsSentence(last.span().text()) && text.charAt(s) != '>' && !Markers.hasBullet(text, s, e);
    }

    private Block classify(int s, int e) {
        if (text.charAt(s) == '>') {
            return new Block(Block.Kind.QUOTE, Blanks.trimmed(text, s + 1, e));
        }
        int afterBullet = Markers.afterBullet(text, s, e);
        if (afterBullet != s) {
            return new Block(Block.Kind.BULLET, Blanks.trimmed(text, afterBullet, e));
        }
        String content = text.substring(s, e);
        if (isQuotation(content)) return new Block(Block.Kind.QUOTE, Span.of(text, s, e));
        if (isHeading(content)) {
            int end = content.endsWith(":") ? e - 1 : e;
            return new Block(Block.Kind.HEADING, Blanks.trimmed(text, s, end));
        }
        return new Block(Block.Kind.PARAGRAPH, Span.of(text, s, e));
    }

    /** A paragraph that is wholly a quotation: opens and closes with a quotation mark. */
    private static boolean isQuotation(String content) {
        if (content.length() < 3) return false;
        char first = content.charAt(0);
        char last = content.charAt(content.length() - 1);
        return (first == '“' || first == '"') && (last == '”' || last == '"');
    }

    /** A short line that does not end like a sentence: "Auto Seizure Program", "Reverse Stings:". */
    static boolean isHeading(String content) {
        if (content.length() > HEADING_MAX_CHARS) return false;
        char first = content.charAt(0);
        if (!Character.isUpperCase(first) && !Character.isDigit(first)) return false;
        String[] words = content.split("[\\s\\u00a0]+");
        if (words.length > HEADING_MAX_WORDS || !titleCase(words)) return false;
        if (content.endsWith(":")) return content.length() > 1;
        return !endsSentence(content) && ",;".indexOf(content.charAt(content.length() - 1)) < 0;
    }

    /** Headings are Title Case: every word of four letters or more starts with a capital or a digit. */
    private static boolean titleCase(String[] words) {
        for (String w : words) {
            if (w.length() < 4 || MINOR_WORDS.contains(w)) continue;
            if (!Character.isUpperCase(w.charAt(0)) && !Character.isDigit(w.charAt(0)) && Character.isLetter(w.charAt(0)))
                return false;
        }
        return true;
    }

    /** Ends like a sentence: terminal punctuation (before any closing brackets) or a closing quotation mark. */
    private static boolean endsSentence(String s) {
        char last = s.charAt(s.length() - 1);
        if ("”\"’'".indexOf(last) >= 0) return true;
        int i = s.length() - 1;
        while (i > 0 && ")]".indexOf(s.charAt(i)) >= 0) i--;
        return ".!?…:".indexOf(s.charAt(i)) >= 0;
    }
}
