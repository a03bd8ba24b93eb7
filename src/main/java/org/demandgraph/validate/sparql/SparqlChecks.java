package org.demandgraph.validate.sparql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.NodeShape;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.demandgraph.vocab.Sha256;

/**
 * The bundled shapes' SHACL-SPARQL constraints answered in Java. Jena parses and optimises a
 * constraint's query again for every focus node (the evidence span check runs for every quote), which
 * made these nine constraints two thirds of the validation's time. The shapes file stays their
 * definition: a check replaces a constraint only when its shape's {@code sh:select} text is the one
 * the check was written from (by SHA-256); any other shape, or an edited query, runs in Jena.
 */
public final class SparqlChecks {

    static final List<SparqlCheck> ALL = List.of(new PopulationPlausibleCheck(), new LabelMatchesNameCheck(),
            new UsesTacticEvidencedCheck(), new EvidenceSpanCheck(), new OperationRangeCheck(),
            new OperationDateRangeCheck(), new ArrestsWithinPopulationCheck(), new TacticSourcedCheck(),
            new PlaceLinkedCheck());

    private SparqlChecks() {}

    /**
     * For each target shape of {@code shapes} (a node shape named in {@code namespace}, with no property
     * shapes and one {@code sh:sparql} constraint) that a check answers: its constraints in order, the
     * SPARQL one replaced by the check. Keyed by shape node.
     */
    public static Map<Node, List<Constraint>> replacing(Shapes shapes, String namespace) {
        Map<String, SparqlCheck> byShape = ALL.stream().collect(Collectors.toMap(SparqlCheck::shape, Function.identity()));
        Map<Node, List<Constraint>> replaced = new HashMap<>();
        for (Shape shape : shapes.getTargetShapes()) {
            Node node = shape.getShapeNode();
            if (!(shape instanceof NodeShape) || !shape.getPropertyShapes().isEmpty() || !node.isURI()
                    || !node.getURI().startsWith(namespace)) continue;
            SparqlCheck check = byShape.get(node.getURI().substring(namespace.length()));
            if (check == null || !check.select().equals(selectDigest(shapes.getGraph(), node))) continue;
            List<Constraint> constraints = new ArrayList<>(shape.getConstraints());
            List<Integer> sparql = new ArrayList<>();
            for (int i = 0; i < constraints.size(); i++) if (constraints.get(i) instanceof SparqlConstraint) sparql.add(i);
            if (sparql.size() != 1) continue;
            SparqlConstraint original = (SparqlConstraint) constraints.get(sparql.get(0));
            if (original.getMessage() == null) continue;
            constraints.set(sparql.get(0), new CheckedConstraint(check, original));
            replaced.put(node, List.copyOf(constraints));
        }
        return replaced;
    }

    /** The SHA-256 of the shape's one {@code sh:sparql}'s {@code sh:select} text; null when there is not exactly one. */
    static String selectDigest(Graph shapes, Node shape) {
        List<Node> sparql = shapes.find(shape, SHACL.sparql, Node.ANY).mapWith(t -> t.getObject()).toList();
        if (sparql.size() != 1) return null;
        List<Node> select = shapes.find(sparql.get(0), SHACL.select, Node.ANY).mapWith(t -> t.getObject()).toList();
        if (select.size() != 1 || !select.get(0).isLiteral()) return null;
        return Sha256.hex(select.get(0).getLiteralLexicalForm());
    }
}
