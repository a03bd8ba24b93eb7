package org.demandgraph.query.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.sparql.core.DatasetGraph;
import org.demandgraph.pipeline.DatasetLoader;
import org.demandgraph.pipeline.LoadResult;
import org.demandgraph.vocab.Iris;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A state's own profile (fixture title-state.txt, "Iowa") in the exports: the state's row names its own code and type. */
class StateExportTest {

    private static final String BASE = Iris.DEFAULT_BASE;
    private static DatasetGraph dataset;

    @BeforeAll
    static void load() {
        Path profiles = Path.of(System.getProperty("demandgraph.project.dir", ".")).resolve("src/test/resources/profiles");
        LoadResult r = new DatasetLoader(Iris.defaults()).load(List.of(profiles.resolve("title-state.txt"), profiles.resolve("title-county.txt")));
        assertEquals(List.of(), r.rejected());
        dataset = r.dataset();
    }

    private static List<CSVRecord> rows(ExportTable table) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.write(table, dataset, ExportFormat.CSV, out);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString(StandardCharsets.UTF_8))).getRecords();
    }

    @Test
    void theStatesRowIsTheStateWithItsCodeTypeAndPopulation() throws Exception {
        Map<String, CSVRecord> byJurisdiction = rows(ExportTable.JURISDICTIONS).stream()
                .collect(Collectors.toMap(r -> r.get("jurisdiction"), r -> r));
        assertEquals(2, byJurisdiction.size());
        CSVRecord iowa = byJurisdiction.get(BASE + "jurisdiction/us/ia");
        assertEquals("Iowa", iowa.get("place"));
        assertEquals("Iowa", iowa.get("name"));
        assertEquals("IA", iowa.get("state"));
        assertEquals("State", iowa.get("type"));
        assertEquals("3190369", iowa.get("population"));
        assertEquals("1", iowa.get("operations"));
        assertEquals("11", iowa.get("arrests_stated"));
        assertEquals(BASE + "profile/us/ia", iowa.get("profile"));
        assertEquals("title-state.txt", iowa.get("source_file"));
        CSVRecord county = byJurisdiction.get(BASE + "jurisdiction/us/fl/st-lucie-county");
        assertEquals("FL", county.get("state"));
        assertEquals("County", county.get("type"));
    }

    @Test
    void theStatesOperationsAndTacticUsesNameTheState() throws Exception {
        for (ExportTable table : List.of(ExportTable.OPERATIONS, ExportTable.TACTIC_USES)) {
            List<CSVRecord> iowa = rows(table).stream().filter(r -> r.get("source_file").equals("title-state.txt")).toList();
            assertEquals(false, iowa.isEmpty(), table.name());
            for (CSVRecord r : iowa) {
                assertEquals(BASE + "jurisdiction/us/ia", r.get("jurisdiction"), table.name());
                assertEquals("IA", r.get("state"), table.name());
                assertEquals("State", r.get("type"), table.name());
                assertEquals("Iowa", r.get("place"), table.name());
            }
        }
    }
}
