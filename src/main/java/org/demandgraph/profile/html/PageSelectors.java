package org.demandgraph.profile.html;

import java.util.List;

/**
 * Every assumption about the site's markup, in one place (docs/harvest.md explains each one and how
 * to adjust it). Each list is tried in order; the first selector that matches wins.
 */
public final class PageSelectors {

    /** The profile's title, "Place, ST": the theme's post title. */
    public static final List<String> TITLE = List.of("h1.entry-title", "article h1", "main h1", "h1");

    /** The post body: the Tactics Used block, the narrative, Key Partners and Key Sources. */
    public static final List<String> CONTENT = List.of(".entry-content", "article .post-content", "article", "main", "#content");

    /**
     * The State / Type / Population fields, as a region whose blocks (rows, items, paragraphs, dt+dd
     * pairs) each print "Label Value". Looked for in the whole page; taken out of the content when inside it.
     */
    public static final List<String> FIELDS = List.of(".site-fields", ".jurisdiction-fields", ".entry-meta-fields", "footer.entry-footer");

    /** Page furniture inside the content that is never profile text (share buttons, related posts, forms). */
    public static final String SKIP = "script, style, noscript, template, form, nav, iframe, svg, button, "
            + ".sharedaddy, .jp-relatedposts, .wp-block-buttons, .screen-reader-text, .comments-area, #comments";

    private PageSelectors() {}
}
