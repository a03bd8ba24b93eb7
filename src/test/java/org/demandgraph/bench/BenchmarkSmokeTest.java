package org.demandgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness end to end on a few profiles: every section present in the JSON and the table (no timings asserted). */
class BenchmarkSmokeTest {

    @Test
    void writesEverySection(@TempDir Path dir) throws Exception {
        BenchOptions options = new BenchOptions(List.of(10, 20), 5, dir, 0, 1, true, 0.3, 60, true);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Path written = new Benchmark(options).run(new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertEquals(dir.resolve("bench.json"), written);
        JsonObject json;
        try (InputStream in = Files.newInputStream(written)) {
            json = JSON.parse(in);
        }
        for (String section : List.of("machine", "options", "build", "validate", "memory", "scaling", "serve"))
            assertTrue(json.hasKey(section), "missing section " + section);
        JsonArray build = json.get("build").getAsArray();
        assertEquals(2, build.size());
        assertEquals(20, build.get(1).getAsObject().get("profiles").getAsNumber().value().intValue());
        assertTrue(build.get(1).getAsObject().hasKey("baselineQuadsPerSecond"));
        assertTrue(build.get(1).getAsObject().hasKey("parallelProposalQuadsPerSecond"));
        assertEquals(2, json.get("memory").getAsArray().size());
        assertEquals(2, json.get("scaling").getAsObject().get("points").getAsArray().size());
        JsonArray cells = json.get("serve").getAsObject().get("cells").getAsArray();
        assertTrue(cells.stream().anyMatch(c -> c.getAsObject().get("workload").getAsString().value().equals("sparql")));
        assertEquals(3, cells.stream().filter(c -> c.getAsObject().get("workload").getAsString().value().equals("sparql")).count());

        String table = printed.toString(StandardCharsets.UTF_8);
        for (String row : List.of("build quads/s", "validate", "memory bytes/quad", "scaling ms/profile", "serve sparql x16"))
            assertTrue(table.contains(row), "table lacks " + row + ":\n" + table);
        assertTrue(Files.isDirectory(dir.resolve("profiles-20")));
        assertTrue(Files.exists(dir.resolve("dataset-20.nq")));
    }
}
