package org.demandgraph.graph;

import java.util.ArrayList;
import java.util.List;
import org.demandgraph.profile.Block;
import org.demandgraph.profile.Footer;
import org.demandgraph.profile.KeyPartner;
import org.demandgraph.profile.KeySourceGroup;
import org.demandgraph.profile.Profile;
import org.demandgraph.profile.Span;
import org.demandgraph.vocab.Sha256;

/**
 * Builds a {@link Profile} the way the parser would, writing the page text as it goes so every span
 * points at its text: for mapper tests that do not depend on the parser.
 */
public final class ProfileBuilder {

    private final StringBuilder text = new StringBuilder();
    private final String source;
    private Span title;
    private String name;
    private String stateCode;
    private final List<Span> listed = new ArrayList<>();
    private final List<Block> narrative = new ArrayList<>();
    private final List<KeyPartner> partners = new ArrayList<>();
    private final List<KeySourceGroup> sources = new ArrayList<>();
    private Footer footer = Footer.NONE;
    private final List<String> missing = new ArrayList<>();

    public ProfileBuilder(String source, String printedTitle, String name, String stateCode) {
        this.source = source;
        this.title = append(printedTitle);
        this.name = name;
        this.stateCode = stateCode;
        text.append("\n\n");
    }

    public ProfileBuilder listed(String... names) {
        text.append("Tactics Used\n\n");
        for (String n : names) { listed.add(append(n)); text.append('\n'); }
        text.append('\n');
        return this;
    }

    public ProfileBuilder block(Block.Kind kind, String content) {
        narrative.add(new Block(kind, append(content)));
        text.append("\n\n");
        return this;
    }

    public ProfileBuilder paragraph(String content) {
        return block(Block.Kind.PARAGRAPH, content);
    }

    /** A Key Partners bullet at a depth, nested under the partner at index {@code parent} (or -1). */
    public ProfileBuilder partner(String partnerName, int depth, int parent) {
        if (partners.isEmpty()) text.append("Key Partners\n\n");
        text.append("  ".repeat(depth + 1)).append("• ");
        partners.add(new KeyPartner(append(partnerName), depth, parent));
        text.append('\n');
        return this;
    }

    /** A Key Sources group: a heading (null for none) and its entries. */
    public ProfileBuilder sources(String heading, String... entries) {
        if (sources.isEmpty()) text.append("\nKey Sources\n\n");
        Span h = null;
        if (heading != null) { h = append(heading); text.append(":\n\n"); }
        List<Span> es = new ArrayList<>();
        for (String e : entries) { es.add(append(e)); text.append('\n'); }
        sources.add(new KeySourceGroup(h, es));
        text.append('\n');
        return this;
    }

    public ProfileBuilder footer(String state, String type, String population) {
        text.append('\n');
        Span s = state == null ? null : field("State ", state);
        Span t = type == null ? null : field("Type ", type);
        Span p = population == null ? null : field("Population ", population);
        footer = new Footer(s, t, p, null);
        return this;
    }

    public ProfileBuilder missing(String what) {
        missing.add(what);
        return this;
    }

    public Profile build() {
        String all = text.toString();
        return new Profile(source, all, Sha256.hex(all), title, name, stateCode, null, listed, narrative, partners,
                sources, footer, new Profile.Sections(!listed.isEmpty(), !partners.isEmpty(), !sources.isEmpty(),
                footer.isPresent()), missing.stream().sorted().toList());
    }

    private Span field(String label, String value) {
        text.append(label);
        Span span = append(value);
        text.append('\n');
        return span;
    }

    private Span append(String s) {
        int start = text.length();
        text.append(s);
        return new Span(start, text.length(), s);
    }

}
