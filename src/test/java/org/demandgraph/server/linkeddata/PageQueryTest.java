package org.demandgraph.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The page queries are files, one per {@link PageQuery}, none orphaned, each parsed, each binding ?this or counting. */
class PageQueryTest {

    private static final Path PROJECT = Path.of(System.getProperty("demandgraph.project.dir", "."));
    private static final Path FOLDER = PROJECT.resolve("src/main/resources/org/demandgraph/server/linkeddata/queries");

    @Test
    void oneFilePerQueryAndNoOther() throws IOException {
        Set<String> files;
        try (Stream<Path> list = Files.list(FOLDER)) {
            files = list.map(p -> "queries/" + p.getFileName()).collect(Collectors.toSet());
        }
        Set<String> declared = Arrays.stream(PageQuery.values()).map(PageQuery::file).collect(Collectors.toSet());
        assertEquals(declared, files);
    }

    @Test
    void everyQueryIsASelectAndThePagesOnesAreAboutThis() {
        for (PageQuery q : PageQuery.values()) {
            assertTrue(q.query().isSelectType(), q.file());
            boolean aboutThis = q.query().toString().contains("?this");
            boolean sitewide = q.name().startsWith("LANDING_") || q.name().startsWith("STATS_");
            assertEquals(!sitewide, aboutThis, q.file() + " binds ?this exactly when it serves one resource's page");
        }
    }
}
