package org.demandgraph.validate.sparql;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.ConstraintVisitor;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.sparql.path.Path;

/**
 * A shape's SPARQL constraint with its SELECT answered by a {@link SparqlCheck}: each row becomes the
 * report entry Jena's {@code SparqlValidation} makes of it (the row's {@code ?value}, else the focus
 * node; the constraint's message with each bound variable's value put in; no path; the shape as its
 * {@code sh:sourceConstraint}), recorded against the original constraint, so that the entries are Jena's.
 */
final class CheckedConstraint implements Constraint {

    private final SparqlCheck check;
    private final SparqlConstraint original;

    CheckedConstraint(SparqlCheck check, SparqlConstraint original) {
        this.check = check;
        this.original = original;
    }

    @Override
    public void validateNodeShape(ValidationContext context, Graph data, Shape shape, Node focus) {
        check.rows(data, focus, row -> {
            Node value = row.get("value");
            context.reportEntry(message(original.getMessage(), row), shape, focus, null, value != null ? value : focus, original,
                    shape.getShapeNode());
        });
    }

    /** Not used by the bundled shapes (each check is on a node shape): Jena's own query. */
    @Override
    public void validatePropertyShape(ValidationContext context, Graph data, Shape shape, Node focus, Path path, Set<Node> values) {
        original.validatePropertyShape(context, data, shape, focus, path, values);
    }

    @Override
    public Node getComponent() {
        return original.getComponent();
    }

    @Override
    public void visit(ConstraintVisitor visitor) {
        original.visit(visitor);
    }

    @Override
    public String toString() {
        return "Java[" + check.shape() + "] for " + original;
    }

    /**
     * The message template with {@code {?var}} or {@code {$var}} replaced, one bound variable after the
     * other in the row's order, by a literal's lexical form or another term's display form: as Jena does.
     */
    static String message(String template, Row row) {
        String text = template;
        for (Map.Entry<String, Node> b : row.bindings().entrySet()) {
            Node n = b.getValue();
            String shown = n.isLiteral() ? n.getLiteralLexicalForm() : ShLib.displayStr(n);
            text = Pattern.compile("\\{[?$]" + Matcher.quoteReplacement(b.getKey()) + "\\}").matcher(text)
                    .replaceAll(Matcher.quoteReplacement(shown));
        }
        return text;
    }
}
