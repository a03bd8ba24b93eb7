package org.demandgraph.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.system.Txn;
import org.demandgraph.vocab.Iris;
import org.demandgraph.graph.UnionView;

/**
 * A SELECT answer as lines of text, for comparing with expected rows: a header of the variables, then
 * one tab-separated line per row in the query's order. IRIs under the default base are written
 * {@code :path}, literals by their lexical form, unbound as nothing.
 */
final class ResultTable {

    private ResultTable() {}

    static List<String> of(Query query, DatasetGraph dataset) {
        DatasetGraph union = UnionView.of(dataset);
        return Txn.calculateRead(union, () -> {
            try (QueryExecution exec = QueryExecution.create().query(query).dataset(DatasetFactory.wrap(union)).build()) {
                ResultSet rs = exec.execSelect();
                List<String> lines = new ArrayList<>();
                List<String> vars = rs.getResultVars();
                lines.add(String.join("\t", vars));
                while (rs.hasNext()) {
                    Binding b = rs.nextBinding();
                    List<String> cells = new ArrayList<>();
                    for (String v : vars) cells.add(cell(b.get(Var.alloc(v))));
                    lines.add(String.join("\t", cells));
                }
                return lines;
            }
        });
    }

    private static String cell(Node node) {
        if (node == null) return "";
        String text;
        if (node.isURI()) {
            String iri = node.getURI();
            text = iri.startsWith(Iris.DEFAULT_BASE) ? ":" + iri.substring(Iris.DEFAULT_BASE.length()) : "<" + iri + ">";
        } else if (node.isLiteral()) {
            text = node.getLiteralLexicalForm();
        } else {
            text = "_:";
        }
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }
}
