package org.demandgraph.validate;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.demandgraph.vocab.DG;

/**
 * Finds the file and line a report result is about, from the provenance the mapper writes: the
 * profile's {@code dg:sourceFile}, {@code dg:line} (title) and {@code dg:footerLine}, and the
 * {@code dg:line} of each evidence quote and Key Sources entry. An operation or tactic use is placed at
 * its first evidence; a jurisdiction at its profile's footer for footer facts, else at the title.
 */
final class Locations {

    /** Shapes about footer fields: their results point at the footer line. */
    private static final List<String> FOOTER_SHAPES = List.of(
            Shapes.NS + "PopulationShape", Shapes.NS + "PopulationPresentShape",
            Shapes.NS + "JurisdictionTypeShape", Shapes.NS + "ProfileFooterShape");

    private final Graph data;
    private final Jurisdictions places;

    Locations(Graph data, Jurisdictions places) {
        this.data = data;
        this.places = places;
    }

    /** Where the result of {@code shape} on {@code focus} comes from. */
    Location of(Node focus, Node shape) {
        boolean footer = shape != null && shape.isURI() && FOOTER_SHAPES.contains(shape.getURI());
        if (isProfile(focus)) return at(focus, footer ? footerLine(focus) : line(focus));
        Node place = places.of(focus);
        Node profile = place == null ? null : profileOf(place);
        if (profile == null) return Location.NOWHERE;
        if (focus.equals(place)) return at(profile, footer ? footerLine(profile) : line(profile));
        int line = line(focus);
        if (line == 0) line = firstEvidenceLine(focus);
        return at(profile, line);
    }

    private Location at(Node profile, int line) {
        String file = literal(profile, DG.sourceFile.asNode());
        return file == null ? new Location(profile, null, 0) : new Location(profile, file, line);
    }

    private boolean isProfile(Node node) {
        return data.contains(node, RDF.type.asNode(), DG.Profile.asNode());
    }

    private Node profileOf(Node place) {
        List<Node> docs = data.find(Node.ANY, Jurisdictions.PRIMARY_TOPIC, place).mapWith(Triple::getSubject)
                .filterKeep(this::isProfile).toList();
        docs.sort(NodeOrder.INSTANCE);
        return docs.isEmpty() ? null : docs.get(0);
    }

    private int footerLine(Node profile) {
        int footer = number(profile, DG.footerLine.asNode());
        return footer > 0 ? footer : line(profile);
    }

    private int line(Node node) {
        return number(node, DG.line.asNode());
    }

    private int firstEvidenceLine(Node node) {
        int best = 0;
        for (Triple t : data.find(node, DG.evidence.asNode(), Node.ANY).toList()) {
            int line = line(t.getObject());
            if (line > 0 && (best == 0 || line < best)) best = line;
        }
        return best;
    }

    private int number(Node subject, Node predicate) {
        String value = literal(subject, predicate);
        if (value == null) return 0;
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private String literal(Node subject, Node predicate) {
        List<Triple> found = data.find(subject, predicate, Node.ANY).toList();
        for (Triple t : found) if (t.getObject().isLiteral()) return t.getObject().getLiteralLexicalForm();
        return null;
    }
}
