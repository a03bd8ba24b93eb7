package org.demandgraph.server.linkeddata;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.demandgraph.vocab.Prefixes;

/**
 * How a page shows a node ({@link Term}): a literal as its text (whole numbers as people write them), an
 * IRI by its label with a link to its page here. Labels come from the map of the data's version when
 * given, else are looked up in the union of the graphs. Call inside a read transaction.
 */
final class PageTerms {

    /** Whole-number datatypes: shown as numbers for people ("40,014"), without a datatype tag. */
    private static final Set<String> INTEGER_TYPES = Set.of(
            XSDDatatype.XSDinteger.getURI(),
            XSDDatatype.XSDnonNegativeInteger.getURI(),
            XSDDatatype.XSDpositiveInteger.getURI(),
            XSDDatatype.XSDint.getURI(),
            XSDDatatype.XSDlong.getURI());

    private final DatasetGraph dsg;
    private final Links links;
    /** The labels of the data's version, or null to look each one up (small or one-off graphs). */
    private final Supplier<Labels> labels;

    PageTerms(DatasetGraph dsg, Links links, Supplier<Labels> labels) {
        this.dsg = dsg;
        this.links = links;
        this.labels = labels;
    }

    Term term(RDFNode n) { return term(n.asNode()); }

    /** A node for display: literals as their text, IRIs by label with a link. */
    Term term(Node n) {
        if (n.isLiteral()) {
            String dt = n.getLiteralDatatypeURI();
            if (dt != null && INTEGER_TYPES.contains(dt) && n.getLiteralLexicalForm().matches("-?\\d{1,18}"))
                return Term.literal(String.format(java.util.Locale.US, "%,d", Long.parseLong(n.getLiteralLexicalForm())), null);
            String shortDt = dt == null || dt.endsWith("#string") || dt.endsWith("#langString") ? null
                    : dt.substring(Math.max(dt.lastIndexOf('#'), dt.lastIndexOf('/')) + 1);
            return Term.literal(n.getLiteralLexicalForm(), shortDt);
        }
        if (n.isBlank()) return Term.literal("_:" + n.getBlankNodeLabel(), null);
        return Term.link(labelOf(n), links.href(n.getURI()), n.getURI());
    }

    /** rdfs:label, else skos:prefLabel, else the compact IRI. */
    String labelOf(Node n) {
        if (!n.isURI()) return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
        if (labels != null) {
            String label = labels.get().of(n);
            return label != null ? label : compact(n.getURI());
        }
        Graph g = Sparql.union(dsg);
        for (Node p : Labels.PROPERTIES) {
            String best = g.find(n, p, Node.ANY).toList().stream()
                    .map(Triple::getObject).filter(Node::isLiteral).sorted(Labels.PREFERENCE)
                    .map(Node::getLiteralLexicalForm).findFirst().orElse(null);
            if (best != null) return best;
        }
        return compact(n.getURI());
    }

    private String compact(String iri) {
        for (Map.Entry<String, String> e : Prefixes.sorted().entrySet()) {
            if (iri.startsWith(e.getValue()) && iri.length() > e.getValue().length()) {
                return e.getKey() + ":" + iri.substring(e.getValue().length());
            }
        }
        String local = links.localPath(iri);
        return local != null ? local : iri;
    }
}
