package org.demandgraph.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demandgraph.profile.Block;
import org.demandgraph.profile.Footer;
import org.demandgraph.profile.KeySourceGroup;
import org.demandgraph.profile.Profile;
import org.demandgraph.profile.Span;

/**
 * Test-only: builds a {@link Profile} from a page in the site's format without the parser stage, so the
 * extraction is tested on its own. Narrative = the blank-line-separated paragraphs between the printed
 * tactic list and Key Partners / Key Sources / the footer; Key Sources headings = lines ending in ':'.
 */
public final class TextProfiles {

    private static final Pattern TITLE = Pattern.compile("^\\s*(.+?)\\s*,\\s*([A-Z]{2})\\s*$");

    private TextProfiles() {}

    /** [start, end) of each run of lines between blank lines. */
    private static List<int[]> chunks(String text) {
        List<int[]> out = new ArrayList<>();
        int start = -1, at = 0;
        for (String line : text.split("\n", -1)) {
            boolean blank = line.isBlank();
            if (!blank && start < 0) start = at;
            if (blank && start >= 0) { out.add(new int[] {start, at - 1}); start = -1; }
            at += line.length() + 1;
        }
        if (start >= 0) out.add(new int[] {start, text.length()});
        return out;
    }

    public static Path project() {
        return Path.of(System.getProperty("demandgraph.project.dir", "."));
    }

    public static Profile real(String file) {
        return read(project().resolve("data/profiles").resolve(file));
    }

    public static Profile fixture(String file) {
        return read(project().resolve("src/test/resources/extract").resolve(file));
    }

    public static Profile read(Path path) {
        try {
            String text = Files.readString(path, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            return of(path.getFileName().toString(), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Profile of(String source, String text) {
        int titleEnd = text.indexOf('\n');
        Span title = Span.of(text, 0, titleEnd < 0 ? text.length() : titleEnd);
        Matcher t = TITLE.matcher(title.text());
        String name = t.matches() ? t.group(1) : title.text().trim();
        String st = t.matches() ? t.group(2) : "XX";
        List<Block> narrative = new ArrayList<>();
        List<KeySourceGroup> keySources = new ArrayList<>();
        List<Span> listed = new ArrayList<>();
        String section = "title";
        for (int[] c : chunks(text)) {
            if (c[0] == 0) continue;
            String group = text.substring(c[0], c[1]);
            String chunk = group.trim();
            if (chunk.isEmpty()) continue;
            if (chunk.equals("Tactics Used")) { section = "tactics"; continue; }
            if (chunk.startsWith("Key Partners")) { section = "partners"; continue; }
            if (chunk.startsWith("Key Sources")) { section = "sources"; continue; }
            if (chunk.startsWith("State ")) { section = "footer"; continue; }
            if (section.equals("tactics") && chunk.lines().allMatch(l -> TacticNames.exact(l).isPresent())) {
                int at = c[0];
                for (String line : group.split("\n")) {
                    listed.add(Span.of(text, at, at + line.length()));
                    at += line.length() + 1;
                }
                continue;
            }
            if (section.equals("tactics") || section.equals("title")) section = "narrative";
            if (section.equals("narrative")) {
                int start = c[0], end = c[1];
                while (Character.isWhitespace(text.charAt(start))) start++;
                while (Character.isWhitespace(text.charAt(end - 1))) end--;
                narrative.add(new Block(Block.Kind.PARAGRAPH, Span.of(text, start, end)));
            } else if (section.equals("sources")) {
                int at = c[0];
                for (String line : group.split("\n")) {
                    String trimmed = line.trim();
                    if (trimmed.endsWith(":")) {
                        int s = at + line.indexOf(trimmed);
                        keySources.add(new KeySourceGroup(Span.of(text, s, s + trimmed.length() - 1), List.of()));
                    }
                    at += line.length() + 1;
                }
            }
        }
        return new Profile(source, text, "", title, name, st, null, listed, narrative, List.of(), keySources,
                Footer.NONE, new Profile.Sections(!listed.isEmpty(), false, !keySources.isEmpty(), false), List.of());
    }
}
