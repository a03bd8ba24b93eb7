package org.demandgraph.server;

import static org.demandgraph.server.ServerFixture.get;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.demandgraph.generate.ProfileGenerator;
import org.demandgraph.pipeline.DatasetLoader;
import org.demandgraph.vocab.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Before: the SPARQL service description listed every named graph with its size, so at 10,000
 * profiles it was 10,000 entries (and counted every graph first). Now {@code /void},
 * {@code /.well-known/void} and the service description do not grow with the number of profiles:
 * measured on generated corpora of 20 and 120 profiles, the answers differ by a few digits at most.
 */
class DescriptionsStaySmallTest {

    /** Counts get longer by a digit or two; anything listed per profile would add kilobytes. */
    private static final int SLACK_BYTES = 200;

    @TempDir
    Path dir;

    private Map<String, Integer> sizes(int profiles) throws IOException {
        Path corpus = dir.resolve("corpus-" + profiles);
        new ProfileGenerator(7).write(corpus, profiles);
        var loaded = ServerSetup.prepare(new DatasetLoader(Iris.defaults()).load(List.of(corpus)).dataset(), Iris.defaults());
        Map<String, Integer> sizes = new TreeMap<>();
        try (DemandServer server = ServerSetup.builder(loaded, Iris.defaults()).port(0).start()) {
            for (String accept : List.of("text/turtle", "application/ld+json")) {
                for (String path : List.of("/void", "/.well-known/void", "/kg/sparql")) {
                    var r = get(server.baseUrl() + path, accept);
                    assertEquals(200, r.statusCode(), path);
                    sizes.put(path + " " + accept, r.body().length());
                }
            }
        }
        return sizes;
    }

    @Test
    void voidAndServiceDescriptionDoNotGrowWithTheProfiles() throws IOException {
        Map<String, Integer> small = sizes(20);
        Map<String, Integer> large = sizes(120);
        for (String answer : small.keySet()) {
            int growth = large.get(answer) - small.get(answer);
            assertTrue(growth < SLACK_BYTES, answer + ": " + small.get(answer) + " bytes at 20 profiles, "
                    + large.get(answer) + " at 120");
        }
    }
}
