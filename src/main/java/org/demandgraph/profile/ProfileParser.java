package org.demandgraph.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Text → {@link Profile}: the page's section grammar.
 *
 * <pre>
 * title            "Place, ST", or a state's name ("Iowa", "State of Iowa") for a state's own profile (first non-blank line)
 * [Categories: …]  table renderings only
 * [Tactics Used]   the printed template list: plain names, "- Name" bullets or "Name | ✓ |" table rows
 * narrative        paragraphs, headings, bullets, quotations (until Key Partners, Key Sources or the footer)
 * [Key Partners]   "• Name" bullets, nested by indentation
 * [Key Sources]    "Heading:" lines and "- “Title”, Newspaper, Date." entries
 * [footer]         State / Type / Population [/ Location], then page chrome ("Comments are closed.")
 * </pre>
 * Blank lines separate blocks but are never required. Every span is trimmed of blanks (NBSP included).
 */
public final class ProfileParser {

    private enum Section { NARRATIVE, TACTICS, PARTNERS, SOURCES }

    /**
     * Parses a profile's text (already decoded, byte-order mark removed).
     *
     * @throws ProfileFormatException when it is not a profile (no title line, ...), naming file and line
     */
    public Profile parse(String source, String text, String sha256) throws ProfileFormatException {
        List<Line> lines = Line.split(text);
        int titleIndex = 0;
        while (titleIndex < lines.size() && lines.get(titleIndex).isBlank(text)) titleIndex++;
        if (titleIndex == lines.size()) throw new ProfileFormatException(source, 1, "empty file");
        TitleLine title = TitleLine.parse(source, text, lines.get(titleIndex));
        FooterLines.Found footer = FooterLines.find(text, lines, titleIndex + 1);

        Body body = new Body(text);
        for (Line line : lines.subList(titleIndex + 1, footer.start())) body.accept(line);
        for (Line line : lines.subList(footer.start(), lines.size())) body.acceptTrailer(line);

        List<Block> narrative = body.narrative.blocks();
        Profile.Sections sections = new Profile.Sections(
                body.tacticsHeader, body.partnersHeader, body.sourcesHeader, footer.start() < lines.size());
        return new Profile(source, text, sha256, title.span(), title.name(), title.stateCode(), title.kind(),
                body.categories, body.tactics, narrative, body.partners.entries(), body.sources.groups(),
                footer.footer(), sections, missing(sections, footer.footer(), narrative));
    }

    private static List<String> missing(Profile.Sections sections, Footer footer, List<Block> narrative) {
        List<String> missing = new ArrayList<>();
        if (!sections.footer()) missing.add("footer");
        if (footer.state() == null) missing.add("State");
        if (footer.type() == null) missing.add("Type");
        if (footer.population() == null) missing.add("Population");
        if (!sections.tacticsUsed()) missing.add("Tactics Used");
        if (narrative.isEmpty()) missing.add("narrative");
        missing.sort(Comparator.comparing((String s) -> s.toLowerCase(Locale.ROOT)).thenComparing(s -> s));
        return missing;
    }

    /** The lines between the title and the footer, walked once through the sections. */
    private static final class Body {
        private final String text;
        private Section section = Section.NARRATIVE;
        private boolean tacticsHeader;
        private boolean partnersHeader;
        private boolean sourcesHeader;
        private Span categories;
        private final List<Span> tactics = new ArrayList<>();
        private final NarrativeBlocks narrative;
        private final KeyPartnerLines partners;
        private final KeySourceLines sources;

        Body(String text) {
            this.text = text;
            this.narrative = new NarrativeBlocks(text);
            this.partners = new KeyPartnerLines(text);
            this.sources = new KeySourceLines(text);
        }

        /** A line after the footer: only a Categories line carries anything. */
        void acceptTrailer(Line line) {
            if (categories == null && line.content(text).startsWith(CategoriesLine.LABEL))
                categories = CategoriesLine.value(text, line);
        }

        void accept(Line line) {
            if (line.isBlank(text)) {
                if (section == Section.TACTICS && !tactics.isEmpty()) section = Section.NARRATIVE;
                narrative.blank();
                sources.blank();
                return;
            }
            String content = line.content(text);
            if (PageChrome.is(content)) return;
            if (content.startsWith(CategoriesLine.LABEL)) {
                if (categories == null) categories = CategoriesLine.value(text, line);
                return;
            }
            String header = SectionHeaders.of(content);
            if (SectionHeaders.TACTICS_USED.equals(header) && !tacticsHeader
                    && (section == Section.NARRATIVE || section == Section.TACTICS)) {
                tacticsHeader = true;
                section = Section.TACTICS;
                return;
            }
            if (SectionHeaders.KEY_PARTNERS.equals(header)) {
                partnersHeader = true;
                section = Section.PARTNERS;
                return;
            }
            if (SectionHeaders.KEY_SOURCES.equals(header)) {
                sourcesHeader = true;
                section = Section.SOURCES;
                return;
            }
            switch (section) {
                case TACTICS -> {
                    if (!TacticListLines.accept(text, line, tactics)) {
                        section = Section.NARRATIVE;
                        narrative.add(line);
                    }
                }
                case NARRATIVE -> narrative.add(line);
                case PARTNERS -> partners.add(line);
                case SOURCES -> sources.add(line);
            }
        }
    }
}
