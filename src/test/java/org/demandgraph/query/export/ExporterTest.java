package org.demandgraph.query.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.demandgraph.extract.Operation;
import org.demandgraph.extract.TacticUse;
import org.demandgraph.extract.When;
import org.demandgraph.query.RealisticCorpus;
import org.demandgraph.query.RealisticCorpus.Place;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The exports of the realistic corpus, parsed with Apache Commons CSV (and Jena's JSON reader): one
 * row per fact, every quote verbatim at its offsets in its source file, absence an empty cell.
 */
class ExporterTest {

    static RealisticCorpus corpus;
    static Map<String, Path> files = new HashMap<>();

    @BeforeAll
    static void load() {
        corpus = RealisticCorpus.get();
        for (Place p : corpus.places)
            assertNull(files.put(p.file().getFileName().toString(), p.file()), "one file per name");
    }

    static List<CSVRecord> csv(ExportTable table, ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.write(table, corpus.dataset, format, out);
        CSVFormat parse = (format == ExportFormat.TSV ? CSVFormat.TDF : CSVFormat.RFC4180).builder()
                .setHeader().setSkipHeaderRecord(true).get();
        try {
            return parse.parse(new StringReader(out.toString(StandardCharsets.UTF_8))).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text a profile's offsets count in: the file decoded as UTF-8, a leading byte-order mark removed. */
    static String sourceText(String fileName) {
        try {
            String text = Files.readString(files.get(fileName), StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void quoteIsVerbatim(CSVRecord r) {
        String text = sourceText(r.get("source_file"));
        int start = Integer.parseInt(r.get("quote_start")), end = Integer.parseInt(r.get("quote_end"));
        assertEquals(text.substring(start, end), r.get("quote"), r.get("source_file") + " " + start + "-" + end);
    }

    @Test
    void operationsOneRowEachWithTheirFacts() {
        Map<String, Operation> expected = new HashMap<>();
        for (Place p : corpus.places) for (Operation o : p.facts().operations()) expected.put(p.operationIri(o), o);
        List<CSVRecord> rows = csv(ExportTable.OPERATIONS, ExportFormat.CSV);
        assertEquals(expected.size(), rows.size(), "one row per operation");
        Set<String> seen = new HashSet<>();
        int ranges = 0, named = 0, recurring = 0;
        for (CSVRecord r : rows) {
            Operation o = expected.get(r.get("operation"));
            if (o.end() != null) ranges++;
            if (o.name() != null) named++;
            if (o.recurring()) recurring++;
            assertTrue(seen.add(r.get("operation")), "once: " + r.get("operation"));
            quoteIsVerbatim(r);
            assertEquals(o.evidence().start(), Integer.parseInt(r.get("quote_start")), "the introducing sentence");
            assertEquals(o.arrests() == null ? "" : Integer.toString(o.arrests().value()), r.get("arrests"), "absence is empty, never 0");
            assertEquals(o.arrests() == null ? "" : o.arrests().bound().name().toLowerCase().replace('_', '-'), r.get("arrests_bound"));
            assertEquals(o.date() == null ? "" : o.date().lexical(), r.get("date"));
            assertEquals(o.date() == null ? "" : precision(o.date()), r.get("date_precision"));
            assertEquals(o.since() == null ? "" : o.since().lexical(), r.get("since"));
            // a range has its start and end, each with its own precision; a single date has neither
            assertEquals(o.end() == null ? "" : o.date().lexical(), r.get("start_date"));
            assertEquals(o.end() == null ? "" : precision(o.date()), r.get("start_date_precision"));
            assertEquals(o.end() == null ? "" : o.end().lexical(), r.get("end_date"));
            assertEquals(o.end() == null ? "" : precision(o.end()), r.get("end_date_precision"));
            assertEquals(o.recurring() ? "true" : "", r.get("recurring"), "not recurring is empty, never false");
            assertEquals(o.name() == null ? "" : o.name(), r.get("operation_name"));
            assertEquals("https://w3id.org/demandgraph/ontology#rule-" + o.rule().id(), r.get("rule"));
            assertEquals(o.conductedBy().stream().map(a -> a.name()).distinct().count(),
                    r.get("agency_labels").isEmpty() ? 0 : r.get("agency_labels").split("; ").length, r.get("operation"));
            assertTrue(r.get("source_file").endsWith(".txt"));
        }
        // the corpus shows every variation the new columns code
        assertTrue(ranges > 0 && named > 0 && recurring > 0, ranges + " ranges, " + named + " named, " + recurring + " recurring");
    }

    @Test
    void tacticUsesOneRowPerEvidence() {
        Set<String> expected = new HashSet<>();
        for (Place p : corpus.places)
            for (TacticUse u : p.facts().tacticUses()) expected.add(p.iri() + " " + u.tactic() + " " + u.basis() + " " + u.evidence().start());
        List<CSVRecord> rows = csv(ExportTable.TACTIC_USES, ExportFormat.CSV);
        assertEquals(expected.size(), rows.size());
        for (CSVRecord r : rows) quoteIsVerbatim(r);
    }

    @Test
    void jurisdictionsOneRowEach() {
        Map<String, Place> byIri = new HashMap<>();
        for (Place p : corpus.places) byIri.put(p.iri(), p);
        List<CSVRecord> rows = csv(ExportTable.JURISDICTIONS, ExportFormat.CSV);
        assertEquals(corpus.places.size(), rows.size());
        for (CSVRecord r : rows) {
            Place p = byIri.get(r.get("jurisdiction"));
            List<Operation> ops = p.facts().operations();
            long counted = ops.stream().filter(o -> o.arrests() != null).count();
            assertEquals(ops.size(), Integer.parseInt(r.get("operations")));
            assertEquals(counted, Long.parseLong(r.get("operations_with_arrests")));
            assertEquals(counted == 0 ? "" : Long.toString(ops.stream().filter(o -> o.arrests() != null)
                    .mapToLong(o -> o.arrests().value()).sum()), r.get("arrests_stated"), "no count is empty, not 0");
            assertEquals(p.population() == null ? "" : p.population().toString(), r.get("population"));
            assertEquals(p.profile().source(), r.get("source_file"));
            assertTrue(!r.get("completeness").isEmpty(), "completeness from the quality graph");
        }
    }

    @Test
    void tsvAndJsonHoldTheSameRows() {
        List<CSVRecord> csv = csv(ExportTable.OPERATIONS, ExportFormat.CSV);
        List<CSVRecord> tsv = csv(ExportTable.OPERATIONS, ExportFormat.TSV);
        assertEquals(csv.size(), tsv.size());
        for (int i = 0; i < csv.size(); i++) assertEquals(csv.get(i).toMap(), tsv.get(i).toMap());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.write(ExportTable.OPERATIONS, corpus.dataset, ExportFormat.JSON, out);
        JsonArray json = JSON.parseAny(out.toString(StandardCharsets.UTF_8)).getAsArray();
        assertEquals(csv.size(), json.size());
        for (int i = 0; i < csv.size(); i++) {
            JsonObject o = json.get(i).getAsObject();
            assertEquals(csv.get(i).get("operation"), o.get("operation").getAsString().value());
            assertEquals(csv.get(i).get("arrests").isEmpty(), o.get("arrests").isNull(), "absence is null in JSON");
        }
    }

    private static String precision(When when) {
        return switch (when.precision()) {
            case YEAR -> "year";
            case YEAR_MONTH -> "month";
            case DAY -> "day";
        };
    }
}
