package org.demandgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.demandgraph.pipeline.DatasetLoader;
import org.demandgraph.vocab.Iris;
import org.demandgraph.pipeline.LoadResult;
import org.junit.jupiter.api.Test;

/**
 * The bundled profiles validate with no violation, and the warnings and infos are the true gaps,
 * checked by hand against the texts: neither profile has a Key Sources heading on Buyer Arrests;
 * Norwich's street reverse stings "since 1978" and its 2012 cameras come with no arrest count; one
 * heading of each profile names no tactic ("Documented Violence...", "Sex Trafficking and Child...").
 */
class BundledDataTest {

    @Test
    void theBundledProfilesHaveNoViolationsAndOnlyTheirTrueGaps() {
        Path profiles = Path.of(System.getProperty("demandgraph.project.dir", "."), "data/profiles");
        LoadResult loaded = new DatasetLoader(Iris.defaults()).load(List.of(profiles));
        assertEquals(List.of(), loaded.rejected());
        ValidationSummary summary = Validation.withBundledShapes().summarise(loaded.dataset());
        List<String> results = summary.results().stream()
                .map(r -> ValidationSummary.name(r.severity()) + " " + r.shape().getURI().substring(Shapes.NS.length())
                        + " " + r.focus().getURI().substring(Iris.DEFAULT_BASE.length())
                        + (r.value() == null || r.value().equals(r.focus()) ? "" : " " + r.value().getURI().substring(Iris.DEFAULT_BASE.length())))
                .toList();
        assertEquals(List.of(
                "Warning TacticSourcedShape jurisdiction/us/ct/norwich tactic/buyer-arrests",
                "Warning TacticSourcedShape jurisdiction/us/ct/windsor-locks tactic/buyer-arrests",
                "Info OperationArrestsShape operation/us/ct/norwich/2012-06-camera-installation",
                "Info OperationArrestsShape operation/us/ct/norwich/since-1978-street-reverse-sting",
                "Info SourceTacticShape source/us/ct/norwich/3-documented-violence-against-individuals-engaged-in",
                "Info SourceTacticShape source/us/ct/windsor-locks/5-sex-trafficking-and-child-sexual-exploitation-in-the-area"),
                results);
        assertEquals(0, summary.violations());
    }
}
