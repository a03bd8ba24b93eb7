package org.demandgraph.profile.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * A saved profile page (HTML) → the profile text the parser reads: the title line, then the post body
 * block by block (a line per paragraph or heading, "- " bullets indented two spaces per level, table
 * rows as "cell | cell |"), then the State / Type / Population fields, blocks separated by blank lines.
 * Evidence offsets refer to this text, which the graph keeps. Markup assumptions: {@link PageSelectors}.
 */
public final class HtmlProfileText {

    /** Thrown for a page that has no profile in it (no title, no body). */
    public static final class NotAProfile extends Exception {
        public NotAProfile(String reason) {
            super(reason);
        }
    }

    private HtmlProfileText() {}

    /** File names this converter reads: {@code .html}, {@code .htm}, either optionally gzipped. */
    public static boolean isPageFile(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
        return n.endsWith(".html") || n.endsWith(".htm");
    }

    /** A page's bytes (gunzipped when the name ends in .gz) → profile text. */
    public static String fromBytes(String fileName, byte[] bytes) throws IOException, NotAProfile {
        InputStream in = new ByteArrayInputStream(bytes);
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".gz")) in = new GZIPInputStream(in);
        try (InputStream page = in) {
            return fromDocument(Jsoup.parse(page, null, ""));
        }
    }

    /** A parsed page → profile text. */
    public static String fromDocument(Document original) throws NotAProfile {
        Document page = original.clone();
        page.select(PageSelectors.SKIP).remove();
        Element title = first(page, PageSelectors.TITLE)
                .orElseThrow(() -> new NotAProfile("no title (" + String.join(", ", PageSelectors.TITLE) + ")"));
        Element content = first(page, PageSelectors.CONTENT)
                .orElseThrow(() -> new NotAProfile("no post body (" + String.join(", ", PageSelectors.CONTENT) + ")"));
        Optional<Element> fields = first(page, PageSelectors.FIELDS);
        String titleText = Inline.text(title);
        if (title.parents().contains(content)) title.remove();
        fields.filter(f -> f.parents().contains(content)).ifPresent(Element::remove);

        Blocks out = new Blocks();
        out.line(0, titleText);
        out.end();
        out.walk(content);
        fields.ifPresent(out::fields);
        String text = out.text();
        if (text.lines().count() < 2) throw new NotAProfile("empty post body");
        return text;
    }

    private static Optional<Element> first(Document page, List<String> selectors) {
        for (String selector : selectors) {
            Element e = page.selectFirst(selector);
            if (e != null) return Optional.of(e);
        }
        return Optional.empty();
    }

    /** The text being written: lines grouped in blocks, a blank line between blocks. */
    private static final class Blocks {
        private final List<String> lines = new ArrayList<>();
        private boolean inKeySources;
        private boolean open;

        void line(int depth, String content) {
            if (content.isBlank()) return;
            for (String part : content.split("\n")) {
                if (part.isBlank()) continue;
                lines.add("  ".repeat(depth) + part.strip());
                open = true;
            }
        }

        /** Closes the block being written: the next line starts after a blank line. */
        void end() {
            if (open) lines.add("");
            open = false;
        }

        String text() {
            while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) lines.remove(lines.size() - 1);
            return String.join("\n", lines) + "\n";
        }

        void walk(Element container) {
            for (Node child : container.childNodes()) {
                if (child instanceof TextNode t) {
                    line(0, Inline.collapse(t.getWholeText()));
                } else if (child instanceof Element e) {
                    block(e);
                }
            }
            end();
        }

        private void block(Element e) {
            switch (e.normalName()) {
                case "h1", "h2", "h3", "h4", "h5", "h6" -> heading(Inline.text(e));
                case "ul", "ol" -> { end(); list(e, 0); end(); }
                case "table" -> { end(); table(e, " | ", " |"); end(); }
                case "blockquote" -> { end(); for (String l : blockText(e).split("\n")) line(0, "> " + l); end(); }
                case "p", "pre", "address", "figcaption", "dt", "dd" -> { end(); line(0, Inline.text(e)); end(); }
                case "br", "hr", "img" -> end();
                default -> {
                    if (hasBlocks(e)) walk(e);
                    else line(0, Inline.text(e));
                }
            }
        }

        /** A heading; inside Key Sources every heading names tactics and ends in ":" as the text form prints it. */
        private void heading(String text) {
            end();
            String name = text.strip();
            String key = name.toLowerCase(Locale.ROOT).replaceAll(":$", "").strip();
            boolean section = key.equals("tactics used") || key.equals("key partners") || key.equals("key sources");
            if (section) inKeySources = key.equals("key sources");
            else if (inKeySources && !name.isEmpty() && !name.endsWith(":")) name += ":";
            line(0, name);
            end();
        }

        /** "- item", nested lists two spaces deeper. */
        private void list(Element list, int depth) {
            for (Element item : list.children()) {
                if (!item.normalName().equals("li")) continue;
                Element own = item.clone();
                own.select("ul, ol").remove();
                String text = blockText(own).replace('\n', ' ');
                if (!text.isBlank()) line(depth, "- " + text.strip());
                for (Element nested : item.children())
                    if (nested.normalName().equals("ul") || nested.normalName().equals("ol")) list(nested, depth + 1);
            }
        }

        /** One line per row: cells joined by {@code separator}. */
        private void table(Element table, String separator, String after) {
            for (Element row : table.select("tr")) {
                List<String> cells = new ArrayList<>();
                for (Element cell : row.children())
                    if (cell.normalName().equals("td") || cell.normalName().equals("th"))
                        cells.add(Inline.text(cell).replace('\n', ' ').strip());
                if (cells.stream().allMatch(String::isEmpty)) continue;
                line(0, String.join(separator, cells) + after);
            }
        }

        /** The fields region: one "Label Value" line per row, item, paragraph or dt+dd pair. */
        void fields(Element region) {
            end();
            Elements rows = region.select("tr, li, p, dt, .field");
            for (Element row : rows) {
                if (row.parents().stream().anyMatch(rows::contains)) continue;
                if (row.normalName().equals("tr")) {
                    List<String> cells = new ArrayList<>();
                    for (Element cell : row.children()) cells.add(Inline.text(cell).replace('\n', ' ').strip());
                    line(0, String.join(" ", cells).strip());
                } else if (row.normalName().equals("dt")) {
                    Element dd = row.nextElementSibling();
                    line(0, Inline.text(row) + (dd != null && dd.normalName().equals("dd") ? " " + Inline.text(dd) : ""));
                } else {
                    line(0, Inline.text(row).replace('\n', ' '));
                }
            }
            end();
        }

        private static String blockText(Element e) {
            if (!hasBlocks(e)) return Inline.text(e);
            List<String> parts = new ArrayList<>();
            for (Element child : e.children()) {
                String t = Inline.text(child);
                if (!t.isBlank()) parts.add(t.strip());
            }
            return String.join("\n", parts);
        }

        private static boolean hasBlocks(Element e) {
            for (Element c : e.children())
                if (c.isBlock() && !c.normalName().equals("br")) return true;
            return false;
        }
    }
}
