package org.demandgraph.rdfio;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;

/**
 * Terms and lines in N-Triples / N-Quads form, exactly as Jena's writers give them ({@link NodeFmtLib#strNT},
 * the N-Quads stream writer: both Jena's {@code NodeFormatterNT} with UTF-8), but fast for the common case:
 * an IRI or a literal made only of printable ASCII that needs no escape is written directly; anything
 * else (blank nodes, escapes, non-ASCII, base directions) is left to Jena. Jena writes each character
 * through an indenting writer, which made formatting the sort keys and the lines most of a dump's cost.
 */
final class NTriplesTerms {

    private NTriplesTerms() {}

    /** The term in N-Triples form. */
    static String of(Node n) {
        if (n.isURI()) {
            String iri = n.getURI();
            if (plainIri(iri)) return "<" + iri + ">";
        } else if (n.isLiteral() && n.getLiteralBaseDirection() == null) {
            String lexical = n.getLiteralLexicalForm();
            if (plainString(lexical)) {
                String lang = n.getLiteralLanguage();
                if (lang != null && !lang.isEmpty()) {
                    if (plainString(lang)) return '"' + lexical + "\"@" + lang;
                } else {
                    RDFDatatype type = n.getLiteralDatatype();
                    if (type == null || type.equals(XSDDatatype.XSDstring)) return '"' + lexical + '"';
                    if (plainIri(type.getURI())) return '"' + lexical + "\"^^<" + type.getURI() + ">";
                }
            }
        }
        return NodeFmtLib.strNT(n);
    }

    /** Quads as N-Quads lines (a quad of the default graph as a triple), as Jena's N-Quads writer writes them. */
    static void write(List<Quad> quads, Writer out) throws IOException {
        StringBuilder line = new StringBuilder(256);
        for (Quad q : quads) {
            line.setLength(0);
            line.append(of(q.getSubject())).append(' ').append(of(q.getPredicate())).append(' ').append(of(q.getObject()));
            if (!q.isDefaultGraph()) line.append(' ').append(of(q.getGraph()));
            line.append(" .\n");
            out.append(line);
        }
    }

    /** Printable ASCII that an IRI in angle brackets carries as it is. */
    private static boolean plainIri(String iri) {
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c <= ' ' || c >= 0x7F) return false;
            switch (c) {
                case '<', '>', '"', '{', '}', '|', '^', '`', '\\' -> { return false; }
                default -> { }
            }
        }
        return true;
    }

    /** Printable ASCII that a quoted string carries without an escape. */
    private static boolean plainString(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || c >= 0x7F || c == '"' || c == '\\') return false;
        }
        return true;
    }
}
