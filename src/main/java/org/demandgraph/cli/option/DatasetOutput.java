package org.demandgraph.cli.option;

import java.nio.file.Path;
import org.demandgraph.rdfio.DatasetWriter;
import org.demandgraph.rdfio.RdfSyntax;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --out FILE}: a dataset file to write, its format by extension. Mixed into commands that write datasets. */
public final class DatasetOutput {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    Path out;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", required = true,
            description = "Dataset file to write: .trig, .nq or .jsonld (each optionally .gz).")
    void setOut(Path file) {
        if (RdfSyntax.datasetFile(file).isEmpty())
            throw new ParameterException(spec.commandLine(),
                    "--out " + file + ": unknown extension, expected " + DatasetWriter.knownExtensions());
        this.out = file;
    }

    public Path path() {
        return out;
    }
}
