package org.demandgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.shacl.ValidationReport;
import org.demandgraph.validate.Validation;
import org.demandgraph.vocab.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the loader makes of awkward inputs: linked folders, names that slug alike or not at all. */
class LoaderInputsTest {

    @TempDir
    Path dir;

    private Path profile(String relative, String title) throws IOException {
        Path f = dir.resolve(relative);
        Files.createDirectories(f.getParent());
        return Files.writeString(f, title + "\n\nThe police department held a reverse sting in 2019.\n\nState Colorado\nType City\n");
    }

    @Test
    void aSymlinkedFolderLoadsItsProfiles() throws IOException {
        profile("real/canon.txt", "Canon City, CO");
        Path linked = Files.createSymbolicLink(dir.resolve("linked"), dir.resolve("real"));
        LoadResult result = new DatasetLoader(Iris.defaults()).load(List.of(linked));
        assertEquals(1, result.profiles(), result.rejected().toString());
        assertEquals(List.of(), result.rejected());
    }

    @Test
    void twoProfilesOnOneIriLoadTheFirstAndRejectTheSecondNamingTheTitleLine() throws IOException {
        profile("in/a.txt", "Cañon City, CO");
        Path second = profile("in/b.txt", "Canon City, CO");
        LoadResult result = new DatasetLoader(Iris.defaults()).load(List.of(dir.resolve("in")));
        assertEquals(1, result.profiles());
        assertEquals(1, result.rejected().size(), result.rejected().toString());
        Rejection r = result.rejected().get(0);
        assertEquals(second.toString(), r.file());
        assertEquals(1, r.line());
        assertTrue(r.reason().startsWith("duplicate profile of Canon City, CO: already loaded from " + dir.resolve("in/a.txt")),
                r.reason());
    }

    @Test
    void aNonLatinTitleIsRejectedAndMintsNoIri() throws IOException {
        Path bad = profile("in/a.txt", "Москва, CT");
        profile("in/b.txt", "Windsor Locks, CT");
        LoadResult result = new DatasetLoader(Iris.defaults()).load(List.of(dir.resolve("in")));
        assertEquals(1, result.profiles());
        assertEquals(1, result.rejected().size(), result.rejected().toString());
        assertEquals(bad.toString(), result.rejected().get(0).file());
        assertEquals(1, result.rejected().get(0).line());
        result.dataset().find().forEachRemaining(q -> assertTrue(!q.getSubject().isURI()
                || !q.getSubject().getURI().endsWith("/us/ct/"), q.toString()));
    }

    @Test
    void aTwentySixDigitPopulationIsKeptAsPrintedAndReportedAsAViolation() throws IOException {
        Path f = dir.resolve("in/vale.txt");
        Files.createDirectories(f.getParent());
        Files.writeString(f, "Vale, CO\n\nThe police department held a reverse sting in 2019.\n\n"
                + "State Colorado\nType City\nPopulation 12,345,678,901,234,567,890,123,456\n");
        LoadResult result = new DatasetLoader(Iris.defaults()).load(List.of(f));
        assertEquals(List.of(), result.rejected());
        ValidationReport report = Validation.withBundledShapes().validate(result.dataset());
        List<String> messages = report.getEntries().stream().map(e -> e.message()).toList();
        assertTrue(messages.contains("The footer's Population 12345678901234567890123456 is more than any U.S. city or county"
                + " could have (at most 40000000)."), messages.toString());
    }
}
