package org.demandgraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.demandgraph.extract.Facts;
import org.demandgraph.vocab.Tactic;
import org.demandgraph.profile.Block;
import org.demandgraph.profile.KeyPartner;
import org.demandgraph.profile.KeySourceGroup;
import org.demandgraph.profile.Profile;
import org.demandgraph.profile.Span;
import org.demandgraph.vocab.DG;
import org.demandgraph.vocab.Slugs;
import org.demandgraph.vocab.Iris;
import org.demandgraph.vocab.UsStates;

/**
 * A parsed profile and its facts → the profile's named graph ({@link Iris#profile}): the jurisdiction
 * (a city or county, or for a state's own profile the state itself), its state, the profile document
 * with its provenance, Key Partners as actors, Key Sources as sources with the tactics their headings name, and the printed tactic list as {@code dg:listedTactic} only.
 * Same profile, same triples.
 */
public final class ProfileMapper {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u2007\\u202f]+");
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile(" +([,.;:])");
    private static final Pattern BULLET = Pattern.compile("^[-–—•*]\\s*");
    private static final Pattern QUOTED = Pattern.compile("[“\"](.+?)[”\"]");
    private static final Pattern COUNTY_NAME = Pattern.compile(".*\\s(County|Parish)$");
    private static final int KEY_SLUG_MAX = 60;

    private final Iris iris;
    private final FactsMapper facts;

    public ProfileMapper(Iris iris) {
        this.iris = iris;
        this.facts = new FactsMapper(iris);
    }

    /** The named graph a profile's triples go to (also the profile document's IRI). */
    public Node graphName(Profile profile) {
        return uri(iris.profile(profile.stateCode(), placeName(profile)));
    }

    /** The place name the profile's IRIs are minted from: null for a state's own profile (see {@link Iris}). */
    static String placeName(Profile profile) {
        return profile.isState() ? null : profile.name();
    }

    public void map(Profile profile, Facts extracted, DatasetGraph target) {
        Graph g = target.getGraph(graphName(profile));
        Node place = jurisdiction(profile, g);
        Node doc = document(profile, extracted, place, g);
        keyPartners(profile, place, g);
        keySources(profile, extracted, doc, g);
        facts.map(profile, extracted, g);
    }

    private Node jurisdiction(Profile p, Graph g) {
        String st = p.stateCode();
        Node state = uri(iris.state(st));
        g.add(state, Vocab.type, node(DG.State));
        g.add(state, Vocab.type, node(DG.Jurisdiction));
        g.add(state, Vocab.notation, text(st.toUpperCase(Locale.ROOT)));
        stateName(p).ifPresent(name -> g.add(state, Vocab.label, text(name)));
        // A state's own profile: the facts belong to the state, which lies in no state.
        Node place = p.isState() ? state : uri(iris.jurisdiction(st, p.name()));
        if (!p.isState()) {
            g.add(place, Vocab.type, node(DG.Jurisdiction));
            placeClass(p).ifPresent(cls -> g.add(place, Vocab.type, cls));
            g.add(place, Vocab.label, text(title(p)));
            g.add(place, node(DG.inState), state);
        }
        g.add(place, node(DG.name), text(tidy(p.name())));
        population(p).ifPresent(n -> g.add(place, node(DG.population), NodeFactory.createLiteralDT(n, XSDDatatype.XSDinteger)));
        // A printed value that is not a whole number is kept as printed (a plain string), so that
        // validation names it as a Violation instead of calling the population missing.
        if (p.footer().population() != null && population(p).isEmpty())
            g.add(place, node(DG.population), text(tidy(p.footer().population().text())));
        return place;
    }

    private Node document(Profile p, Facts facts, Node place, Graph g) {
        Node doc = graphName(p);
        g.add(doc, Vocab.type, node(DG.Profile));
        g.add(doc, Vocab.primaryTopic, place);
        g.add(doc, Vocab.title, text(title(p)));
        String narrative = narrative(p);
        if (!narrative.isEmpty()) g.add(doc, Vocab.description, text(narrative));
        g.add(doc, node(DG.sourceFile), text(p.source()));
        g.add(doc, node(DG.line), line(p.lineOf(p.title().start())));
        if (p.sections().footer()) g.add(doc, node(DG.footerLine), line(footerLine(p)));
        g.add(doc, node(DG.sha256), text(p.sha256()));
        for (String missing : p.missing()) g.add(doc, node(DG.missing), text(missing));
        for (Tactic listed : facts.listedTactics()) g.add(doc, node(DG.listedTactic), tactic(listed));
        return doc;
    }

    private void keyPartners(Profile p, Node place, Graph g) {
        List<KeyPartner> partners = p.keyPartners();
        List<Node> actors = new ArrayList<>(partners.size());
        for (KeyPartner partner : partners) {
            String name = tidy(partner.name().text());
            Node actor = Slugs.slug(name).isEmpty() ? null : uri(iris.stateActor(p.stateCode(), name));
            actors.add(actor);
            if (actor == null) continue;
            g.add(actor, Vocab.type, node(DG.Actor));
            g.add(actor, Vocab.label, text(name));
            g.add(place, node(DG.keyPartner), actor);
        }
        for (int i = 0; i < partners.size(); i++) {
            int parent = partners.get(i).parent();
            if (actors.get(i) != null && parent >= 0 && parent < actors.size() && actors.get(parent) != null)
                g.add(actors.get(i), Vocab.subOrganizationOf, actors.get(parent));
        }
    }

    private void keySources(Profile p, Facts facts, Node doc, Graph g) {
        int ordinal = 0;
        for (KeySourceGroup group : p.keySources()) {
            ordinal++;
            Node heading = null;
            Set<Tactic> tactics = Set.of();
            if (group.heading() != null) {
                String name = tidy(group.heading().text());
                tactics = facts.sourceTactics(ordinal - 1);
                heading = uri(iris.source(p.stateCode(), placeName(p), ordinal + "-" + keySlug(name)));
                source(g, doc, heading, name, name, tactics, p.lineOf(group.heading().start()));
            }
            int entryOrdinal = 0;
            for (Span entry : group.entries()) {
                entryOrdinal++;
                String label = BULLET.matcher(tidy(entry.text())).replaceFirst("");
                String entryTitle = quotedTitle(label);
                Node source = uri(iris.source(p.stateCode(), placeName(p),
                        ordinal + "-entry-" + entryOrdinal + "-" + keySlug(entryTitle != null ? entryTitle : label)));
                source(g, doc, source, label, entryTitle, tactics, p.lineOf(entry.start()));
                if (heading != null) g.add(source, Vocab.isPartOf, heading);
            }
        }
    }

    private void source(Graph g, Node doc, Node source, String label, String title, Set<Tactic> tactics, int line) {
        g.add(source, Vocab.type, node(DG.Source));
        g.add(source, node(DG.line), line(line));
        g.add(source, Vocab.label, text(label));
        if (title != null) g.add(source, Vocab.title, text(title));
        g.add(doc, node(DG.keySource), source);
        for (Tactic t : tactics) g.add(source, node(DG.supportsTactic), tactic(t));
    }

    /** The footer's Type when it says City or County; else County for a "... County/Parish" name; else unknown. */
    static Optional<Node> placeClass(Profile p) {
        if (p.footer().type() != null) {
            String type = p.footer().type().text().trim();
            if (type.equalsIgnoreCase("City")) return Optional.of(node(DG.City));
            if (type.equalsIgnoreCase("County")) return Optional.of(node(DG.County));
            return Optional.empty();
        }
        return COUNTY_NAME.matcher(tidy(p.name())).matches() ? Optional.of(node(DG.County)) : Optional.empty();
    }

    /** The footer's Population with thousands separators removed, when it is a whole number. */
    static Optional<String> population(Profile p) {
        if (p.footer().population() == null) return Optional.empty();
        String digits = p.footer().population().text().replaceAll("[,\\s\\u00a0]", "");
        return digits.matches("\\d+") ? Optional.of(digits.replaceFirst("^0+(?=\\d)", "")) : Optional.empty();
    }

    private static Optional<String> stateName(Profile p) {
        Optional<String> known = UsStates.name(p.stateCode());
        if (known.isPresent() || p.footer().state() == null) return known;
        String printed = tidy(p.footer().state().text());
        return printed.isEmpty() ? Optional.empty() : Optional.of(printed);
    }

    /** The title as printed, spacing normalised: "Norfolk , VA" → "Norfolk, VA". */
    public static String title(Profile p) {
        return SPACE_BEFORE_PUNCTUATION.matcher(tidy(p.title().text())).replaceAll("$1");
    }

    /** The narrative blocks in page order: paragraphs apart by a blank line, consecutive bullets by a line end. */
    static String narrative(Profile p) {
        StringBuilder out = new StringBuilder();
        Block previous = null;
        for (Block block : p.narrative()) {
            String text = block.span().text().replace("\r\n", "\n").replace('\r', '\n').strip();
            if (text.isEmpty()) continue;
            if (previous != null)
                out.append(previous.kind() == Block.Kind.BULLET && block.kind() == Block.Kind.BULLET ? "\n" : "\n\n");
            out.append(text);
            previous = block;
        }
        return out.toString();
    }

    /** The line of the footer's Population when printed (what a footer result is mostly about), else of its first field. */
    private static int footerLine(Profile p) {
        org.demandgraph.profile.Footer f = p.footer();
        Span at = f.population() != null ? f.population() : f.type() != null ? f.type() : f.state() != null ? f.state() : f.location();
        return at == null ? p.lineOf(p.text().length()) : p.lineOf(at.start());
    }

    /** A 1-based line number of the profile's text. */
    static Node line(int line) {
        return NodeFactory.createLiteralDT(Integer.toString(line), XSDDatatype.XSDpositiveInteger);
    }

    private static String quotedTitle(String entry) {
        Matcher m = QUOTED.matcher(entry);
        return m.find() ? m.group(1).strip() : null;
    }

    private static String keySlug(String text) {
        String slug = Slugs.slug(text);
        if (slug.length() <= KEY_SLUG_MAX) return slug;
        int cut = slug.lastIndexOf('-', KEY_SLUG_MAX);
        return slug.substring(0, cut > 0 ? cut : KEY_SLUG_MAX);
    }

    static String tidy(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    private Node tactic(Tactic t) {
        return uri(iris.tactic(t));
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node node(org.apache.jena.rdf.model.Resource r) {
        return r.asNode();
    }

    private static Node text(String s) {
        return NodeFactory.createLiteralString(s);
    }
}
