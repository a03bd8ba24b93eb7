package org.demandgraph.query.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.demandgraph.pipeline.PreviousLoad;
import org.demandgraph.query.QueryCatalogue;

/**
 * What changed between two loads, per jurisdiction: the profile's status from the catalogue query
 * changes-between-loads.rq (added, removed, changed, unchanged: the file's SHA-256, with the previous
 * load's graphs renamed by {@link PreviousLoad}), and beside it what the graph says about the place in
 * each load (the jurisdictions export: operations, stated arrests, evidenced tactics), with the
 * tactics gained and lost.
 */
public final class Changes {

    public static final List<String> COLUMNS = List.of("jurisdiction", "place", "status", "profile",
            "sha256_previous", "sha256_current", "operations_previous", "operations_current",
            "arrests_stated_previous", "arrests_stated_current", "tactics_added", "tactics_removed");

    private Changes() {}

    public static Exporter.Rows between(DatasetGraph previous, DatasetGraph current) {
        Map<String, String[]> before = byProfile(Exporter.rows(ExportTable.JURISDICTIONS, previous));
        Map<String, String[]> after = byProfile(Exporter.rows(ExportTable.JURISDICTIONS, current));
        List<String> columns = Exporter.rows(ExportTable.JURISDICTIONS, DatasetGraphFactory.create()).columns();
        int jurisdiction = columns.indexOf("jurisdiction"), place = columns.indexOf("place"),
                operations = columns.indexOf("operations"), arrests = columns.indexOf("arrests_stated"),
                tactics = columns.indexOf("tactics_evidenced");

        DatasetGraph both = DatasetGraphFactory.createGeneral();
        current.find().forEachRemaining(both::add);
        PreviousLoad.addTo(both, previous);
        Map<String, String[]> statuses = new TreeMap<>();
        Exporter.Rows status = Exporter.rows(catalogueText(), c -> false, both);
        for (String[] row : status.rows()) statuses.put(row[0], row);

        List<String[]> rows = new ArrayList<>();
        statuses.forEach((profile, s) -> {
            String[] b = before.get(profile), a = after.get(profile);
            String[] any = a != null ? a : b;
            Set<String> was = tactics(b, tactics), is = tactics(a, tactics);
            Set<String> added = new LinkedHashSet<>(is), removed = new LinkedHashSet<>(was);
            added.removeAll(was);
            removed.removeAll(is);
            rows.add(new String[] {any == null ? null : any[jurisdiction], any == null ? null : any[place], s[1], profile,
                    s[2], s[3], cell(b, operations), cell(a, operations), cell(b, arrests), cell(a, arrests),
                    list(added), list(removed)});
        });
        rows.sort((x, y) -> String.valueOf(x[0]).compareTo(String.valueOf(y[0])));
        return new Exporter.Rows(COLUMNS, rows);
    }

    private static Map<String, String[]> byProfile(Exporter.Rows rows) {
        int profile = rows.columns().indexOf("profile");
        Map<String, String[]> out = new HashMap<>();
        for (String[] row : rows.rows()) out.put(row[profile], row);
        return out;
    }

    private static String cell(String[] row, int i) {
        return row == null ? null : row[i];
    }

    private static Set<String> tactics(String[] row, int i) {
        if (row == null || row[i] == null) return Set.of();
        return new LinkedHashSet<>(Arrays.asList(row[i].split(ExportTable.LIST_SEPARATOR)));
    }

    private static String list(Set<String> values) {
        return values.isEmpty() ? null : String.join(ExportTable.LIST_SEPARATOR, values.stream().sorted().toList());
    }

    /** The catalogue's changes-between-loads.rq: one copy of the comparison. */
    private static String catalogueText() {
        return QueryCatalogue.text("changes-between-loads").orElseThrow(() -> new IllegalStateException("no changes-between-loads.rq"));
    }
}
