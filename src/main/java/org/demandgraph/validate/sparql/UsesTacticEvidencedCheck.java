package org.demandgraph.validate.sparql;

import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;
import org.demandgraph.vocab.DG;
import org.demandgraph.vocab.OA;

/** {@code dgsh:UsesTacticEvidencedShape}: every used tactic has a tactic use with a quoted evidence node. */
final class UsesTacticEvidencedCheck extends SparqlCheck {

    UsesTacticEvidencedCheck() {
        super("UsesTacticEvidencedShape", "0d89f526f8dafac02a1541f2ef6da491b97fd33c3845c31ba69a5f4ef8a0718e");
    }

    @Override
    void rows(Graph data, Node focus, Consumer<Row> out) {
        for (Node value : Expressions.objects(data, focus, DG.usesTactic.asNode()))
            if (!evidenced(data, focus, value)) out.accept(Row.of(focus).with("value", value));
    }

    /** ?use a dg:TacticUse ; dg:jurisdiction $this ; dg:tactic ?value ; dg:evidence ?e . ?e oa:exact ?quote */
    private static boolean evidenced(Graph data, Node place, Node tactic) {
        ExtendedIterator<Triple> uses = data.find(Node.ANY, DG.jurisdiction.asNode(), place);
        try {
            while (uses.hasNext()) {
                Node use = uses.next().getSubject();
                if (!data.contains(use, RDF.type.asNode(), DG.TacticUse.asNode())) continue;
                if (!data.contains(use, DG.tactic.asNode(), tactic)) continue;
                for (Node evidence : Expressions.objects(data, use, DG.evidence.asNode()))
                    if (data.contains(evidence, OA.exact.asNode(), Node.ANY)) return true;
            }
            return false;
        } finally {
            uses.close();
        }
    }
}
