package org.demandgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.demandgraph.pipeline.DatasetLoader;
import org.demandgraph.vocab.Iris;
import org.demandgraph.pipeline.LoadResult;
import org.demandgraph.pipeline.Rejection;
import org.demandgraph.validate.Validation;
import org.demandgraph.validate.ValidationSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code validate PATH... [--format text|json|turtle] [--out FILE]}: the SHACL report on profiles or dataset files. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "SHACL report on profiles or dataset files.",
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:conforms (no violations; warnings and infos allowed)", "1:violations",
                "2:usage error or unreadable input"})
public final class ValidateCommand implements Callable<Integer> {

    enum Format { text, json, turtle }

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Profiles (.txt), dataset files or folders of either.")
    List<Path> paths;

    @Option(names = "--format", defaultValue = "text", description = "text, json or turtle (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report here instead of standard output.")
    Path out;

    @Mixin
    BaseOption base;

    @Override
    public Integer call() {
        // Unreadable or malformed inputs come back as rejections (file:line), the rest still validated.
        Iris iris = base.iris();
        LoadResult loaded = new DatasetLoader(iris).load(paths);
        for (Rejection rejection : loaded.rejected()) {
            System.err.println("validate: rejected " + rejection);
        }
        ValidationSummary summary = Validation.withBundledShapes().summarise(loaded.dataset());
        String rendered = switch (format) {
            case text -> summary.toTextWithResults();
            case json -> summary.toJson();
            case turtle -> summary.toTurtle(iris);
        };
        try {
            write(rendered);
        } catch (IOException e) {
            System.err.println("validate: cannot write " + out + ": " + e.getMessage());
            return Main.USAGE;
        }
        if (loaded.hasRejections()) return Main.USAGE;
        return summary.conforms() ? 0 : 1;
    }

    private void write(String rendered) throws IOException {
        if (out == null) {
            PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            stdout.print(rendered);
            stdout.flush();
        } else {
            Files.writeString(out, rendered, StandardCharsets.UTF_8);
        }
    }
}
