package org.demandgraph.query;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.apache.jena.query.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each catalogue query opens with its question, the meaning of its answer and its caveats, and sorts its rows. */
class CatalogueDocumentationTest {

    static java.util.List<String> names() {
        return Catalogue.names();
    }

    @Test
    void hasAtLeastTwelveQueries() {
        assertTrue(Catalogue.names().size() >= 12, "queries: " + Catalogue.names());
    }

    @ParameterizedTest
    @MethodSource("names")
    void opensWithQuestionAnswerAndCaveats(String name) throws Exception {
        String text = Files.readString(Catalogue.file(name));
        assertTrue(text.startsWith("# Question: "), name + ": first line is not the question");
        String header = text.substring(0, text.indexOf("\nPREFIX"));
        assertTrue(header.lines().allMatch(l -> l.startsWith("#")), name + ": the header is not one comment block");
        assertTrue(header.contains("\n# Answer: "), name + ": no Answer");
        assertTrue(header.contains("\n# Caveats: "), name + ": no Caveats");
    }

    @ParameterizedTest
    @MethodSource("names")
    void parsesAndSortsItsRows(String name) throws Exception {
        Query query = QueryFile.read(Catalogue.file(name));
        assertTrue(query.isSelectType(), name + " is not a SELECT");
        assertTrue(query.hasOrderBy(), name + " has no ORDER BY");
    }
}
