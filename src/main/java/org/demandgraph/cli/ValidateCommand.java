package org.demandgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.demandgraph.pipeline.DatasetLoader;
import org.demandgraph.vocab.Iris;
import org.demandgraph.pipeline.LoadResult;
import org.demandgraph.pipeline.Rejection;
import org.demandgraph.cli.option.BaseOption;
import org.demandgraph.cli.option.InputPaths;
import org.demandgraph.cli.option.ReportOutput;
import org.demandgraph.validate.Validation;
import org.demandgraph.validate.ValidationSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code validate PATH... [--format text|json|turtle] [--out FILE]}: the SHACL report on profiles or dataset files. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "SHACL report on profiles or dataset files.",
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {"0:conforms (no violations; warnings and infos allowed)", "1:violations",
                "2:usage error, or an input that cannot be read (named on stderr as file:line: reason)",
                ExitCode.FAILED_LINE})
public final class ValidateCommand implements Callable<Integer> {

    enum Format { text, json, turtle }

    @Spec
    CommandSpec spec;

    @Mixin
    InputPaths inputs;

    @Option(names = "--format", defaultValue = "text", description = "text, json or turtle (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    ReportOutput report;

    @Mixin
    BaseOption base;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        // Unreadable or malformed inputs come back as rejections (file:line), the rest still validated.
        Iris iris = base.iris();
        LoadResult loaded = new DatasetLoader(iris).load(inputs.paths());
        for (Rejection rejection : loaded.rejected()) {
            err.println("validate: rejected " + rejection);
        }
        err.flush();
        ValidationSummary summary = Validation.withBundledShapes().summarise(loaded.dataset());
        String rendered = switch (format) {
            case text -> summary.toTextWithResults();
            case json -> summary.toJson();
            case turtle -> summary.toTurtle(iris);
        };
        try {
            report.write(rendered);
        } catch (IOException e) {
            err.println("validate: " + e.getMessage());
            return ExitCode.FAILED;
        }
        // The contract: an input that cannot be read is 2, whatever the rest says.
        if (loaded.hasRejections()) return ExitCode.USAGE;
        return summary.conforms() ? ExitCode.DONE : ExitCode.FINDINGS;
    }
}
