package org.demandgraph.query.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The tidy tables a researcher can export: one row per operation, per piece of evidence of a tactic
 * use, per profiled jurisdiction. Each is one SPARQL query beside this class
 * ({@code demandgraph/exports/{name}.rq}) whose variables are the columns, defined in docs/codebook.md.
 */
public enum ExportTable {
    OPERATIONS("operations", Set.of("agencies", "agency_labels", "tactics", "rule")),
    TACTIC_USES("tactic-uses", Set.of("rule")),
    JURISDICTIONS("jurisdictions", Set.of("tactics_evidenced", "tactics_listed", "missing"));

    /** What separates the values of a list column ("Reverse Stings; Web Stings"). */
    public static final String LIST_SEPARATOR = "; ";

    private final String fileName;
    private final Set<String> listColumns;

    ExportTable(String fileName, Set<String> listColumns) {
        this.fileName = fileName;
        this.listColumns = listColumns;
    }

    /** Its name in file names and URLs: {@code operations}, {@code tactic-uses}, {@code jurisdictions}. */
    public String fileName() {
        return fileName;
    }

    /** Columns holding several values, written sorted so that the same data gives the same bytes. */
    public boolean isList(String column) {
        return listColumns.contains(column);
    }

    public String query() {
        String resource = "demandgraph/exports/" + fileName + ".rq";
        try (InputStream in = ExportTable.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Optional<ExportTable> named(String name) {
        return Arrays.stream(values()).filter(t -> t.fileName.equals(name)).findFirst();
    }
}
