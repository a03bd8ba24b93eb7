package org.demandgraph.profile.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/** An element's text as a reader sees it: markup whitespace collapsed, {@code <br>} a line break, NBSP kept. */
final class Inline {

    private Inline() {}

    static String text(Element e) {
        StringBuilder out = new StringBuilder();
        e.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) out.append(collapse(t.getWholeText()));
                else if (node instanceof Element el && el.normalName().equals("br")) out.append('\n');
                else if (node instanceof Element el && el.isBlock() && out.length() > 0 && depth > 0) out.append(' ');
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el && el.isBlock() && depth > 0) out.append(' ');
            }
        });
        return tidy(out);
    }

    /** Runs of markup whitespace (space, tab, CR, LF, FF; never NBSP) → one space. */
    static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                if (!space) out.append(' ');
                space = true;
            } else {
                out.append(c);
                space = false;
            }
        }
        return out.toString();
    }

    /** Spaces around line breaks and at the ends dropped; runs of spaces made one. */
    private static String tidy(StringBuilder s) {
        String[] lines = s.toString().split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            String l = collapse(line).strip();
            if (l.isEmpty()) continue;
            if (out.length() > 0) out.append('\n');
            out.append(l);
        }
        return out.toString();
    }
}
