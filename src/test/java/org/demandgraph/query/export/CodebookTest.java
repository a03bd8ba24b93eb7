package org.demandgraph.query.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

/** docs/codebook.md defines every column of every export table, in a table row of its own section or the shared one. */
class CodebookTest {

    @Test
    void everyColumnIsDefined() throws IOException {
        String codebook = Files.readString(Path.of("docs/codebook.md"));
        List<String> defined = new ArrayList<>();
        // the first cell of a table row: one or more `column` names
        Matcher row = Pattern.compile("(?m)^\\| ((?:`[a-z0-9_]+`(?:, )?)+) \\|").matcher(codebook);
        while (row.find()) {
            Matcher name = Pattern.compile("`([a-z0-9_]+)`").matcher(row.group(1));
            while (name.find()) defined.add(name.group(1));
        }
        List<String> missing = new ArrayList<>();
        for (ExportTable table : ExportTable.values())
            for (String column : Exporter.rows(table, DatasetGraphFactory.create()).columns())
                if (!defined.contains(column)) missing.add(table.fileName() + "." + column);
        assertTrue(missing.isEmpty(), "columns without a definition in docs/codebook.md: " + missing);
    }
}
