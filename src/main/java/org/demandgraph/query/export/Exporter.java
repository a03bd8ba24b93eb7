package org.demandgraph.query.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.demandgraph.graph.UnionView;
import org.demandgraph.validate.Validation;

/**
 * Runs an {@link ExportTable}'s query on a dataset (the union of its graphs) and writes the rows as
 * plain values: IRIs in full, literals by their lexical form, list cells sorted, and an absent value
 * as an empty cell (JSON: null), never as 0.
 */
public final class Exporter {

    /** The rows of one table: its columns and, per row, one plain value or null per column. */
    public record Rows(List<String> columns, List<String[]> rows) {}

    private Exporter() {}

    public static Rows rows(ExportTable table, DatasetGraph dataset) {
        return rows(table.query(), table::isList, dataset);
    }

    /**
     * The dataset to export several tables from: the union of its graphs copied once into one plain
     * in-memory graph, its default graph. The tables' queries read no {@code GRAPH}, and a plain graph
     * answers each of their patterns from its own index: over a map of graphs every pattern would visit
     * each of thousands of profile graphs, and a copy into a transactional quad store takes longer
     * than all the queries.
     */
    public static DatasetGraph unionCopy(DatasetGraph dataset) {
        return DatasetGraphFactory.wrap(Validation.unionCopy(dataset));
    }

    /**
     * Any SELECT's rows as plain values; {@code isList} names the columns of sorted {@code ; }-separated lists.
     * A dataset without named graphs ({@link #unionCopy}) is queried as it is; any other reads the union
     * of its named graphs through quad indexes ({@link UnionView#indexed}, a copy when it has none).
     */
    public static Rows rows(String query, Predicate<String> isList, DatasetGraph dataset) {
        DatasetGraph union = Txn.calculateRead(dataset, () -> dataset.listGraphNodes().hasNext())
                ? UnionView.indexed(dataset) : dataset;
        return Txn.calculateRead(union, () -> {
            try (QueryExecution exec = QueryExecution.create().query(query).dataset(DatasetFactory.wrap(union)).build()) {
                ResultSet rs = exec.execSelect();
                List<String> columns = rs.getResultVars();
                List<String[]> rows = new ArrayList<>();
                while (rs.hasNext()) {
                    Binding b = rs.nextBinding();
                    String[] row = new String[columns.size()];
                    for (int i = 0; i < row.length; i++) row[i] = plain(isList.test(columns.get(i)), b.get(Var.alloc(columns.get(i))));
                    rows.add(row);
                }
                return new Rows(List.copyOf(columns), rows);
            }
        });
    }

    public static void write(ExportTable table, DatasetGraph dataset, ExportFormat format, OutputStream out) {
        write(rows(table, dataset), format, out);
    }

    public static void write(Rows rows, ExportFormat format, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            switch (format) {
                case CSV -> delimited(rows, CSVFormat.RFC4180, writer);
                // TSV: tabs, quoting only a value that holds a tab, quote or line end (as the CSV rules do)
                case TSV -> delimited(rows, CSVFormat.TDF.builder().setQuoteMode(QuoteMode.MINIMAL).setRecordSeparator("\n").get(), writer);
                case JSON -> json(rows, writer);
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delimited(Rows rows, CSVFormat format, Writer writer) throws IOException {
        CSVPrinter printer = new CSVPrinter(writer, format);
        printer.printRecord(rows.columns());
        for (String[] row : rows.rows()) {
            List<String> cells = new ArrayList<>(row.length);
            for (String cell : row) cells.add(cell == null ? "" : cell);
            printer.printRecord(cells);
        }
        printer.flush();
    }

    private static void json(Rows rows, Writer writer) throws IOException {
        JsonArray array = new JsonArray();
        for (String[] row : rows.rows()) {
            JsonObject object = new JsonObject();
            for (int i = 0; i < row.length; i++) {
                String column = rows.columns().get(i);
                String cell = row[i];
                object.put(column, cell == null ? JsonNull.instance
                        : isNumberColumn(column) && cell.matches("-?\\d+(\\.\\d+)?([eE]-?\\d+)?") ? JsonNumber.valueDecimal(cell)
                        : new JsonString(cell));
            }
            array.add(object);
        }
        writer.write(JSON.toString(array));
        writer.write('\n');
    }

    /** Columns a JSON reader gets as numbers. */
    private static boolean isNumberColumn(String column) {
        return switch (column) {
            case "population", "arrests", "quote_start", "quote_end", "operations", "operations_with_arrests",
                 "arrests_stated", "completeness" -> true;
            default -> false;
        };
    }

    private static String plain(boolean list, Node node) {
        if (node == null) return null;
        String value = node.isURI() ? node.getURI() : node.isLiteral() ? node.getLiteralLexicalForm() : null;
        if (value == null) return null;
        if (value.isEmpty() && list) return null;
        if (list) {
            String[] parts = value.split(ExportTable.LIST_SEPARATOR);
            Arrays.sort(parts);
            value = String.join(ExportTable.LIST_SEPARATOR, parts);
        }
        return value;
    }
}
