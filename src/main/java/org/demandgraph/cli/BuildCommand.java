package org.demandgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.demandgraph.pipeline.DatasetLoader;
import org.demandgraph.rdfio.DatasetWriter;
import org.demandgraph.pipeline.LoadResult;
import org.demandgraph.pipeline.Rejection;
import org.demandgraph.validate.Validation;
import org.demandgraph.validate.ValidationSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code build PATH... --out FILE}: profiles and dataset files to one dataset file. Rejected inputs are
 * named on stderr ({@code file:line: reason}) and the rest is still written. Exit 0 done, 1 some input
 * rejected, 2 usage error.
 */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Profiles (files or folders) to a dataset file; the format follows --out's extension.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:done", "1:some input rejected (the rest still written)",
                "2:usage error (or the output cannot be written)"})
public final class BuildCommand implements Callable<Integer> {

    static final int REJECTED = 1;

    /** Inputs above which a progress bar is shown (on stderr, when the console is interactive). */
    private static final int PROGRESS_THRESHOLD = 20;

    @Spec
    CommandSpec spec;

    @Mixin
    InputPaths inputs;

    @Mixin
    OutputOption output;

    @Mixin
    BaseOption base;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        long started = System.nanoTime();
        LoadResult result;
        try (LazyProgressBar bar = new LazyProgressBar()) {
            result = new DatasetLoader(base.iris()).load(inputs.paths(), bar);
        }
        for (Rejection r : result.rejected()) err.println(r);
        // Validate what is written; completeness goes into the quality graph of the same dataset.
        ValidationSummary validation = Validation.withBundledShapes().summariseInto(result.dataset(), base.iris());
        try {
            DatasetWriter.write(result.dataset(), output.path());
        } catch (IOException e) {
            err.println(output.path() + ": cannot write: " + e);
            return Main.USAGE;
        }
        err.flush();
        out.println(summary(result, Duration.ofNanos(System.nanoTime() - started)));
        out.print(validation.toText());
        out.flush();
        return result.hasRejections() ? REJECTED : 0;
    }

    private String summary(LoadResult r, Duration elapsed) {
        DatasetGraph ds = r.dataset();
        long graphs = Iter.count(ds.listGraphNodes()) + (ds.getDefaultGraph().isEmpty() ? 0 : 1);
        return String.format(Locale.ROOT,
                "%s: %d profiles, %d dataset files, %d graphs, %d quads; %d rejected; %.1f s",
                output.path(), r.profiles(), r.datasetFiles(), graphs, Iter.count(ds.find()),
                r.rejected().size(), elapsed.toMillis() / 1000.0);
    }

    /** A bar on stderr once the loader reports more than a few inputs and someone is at the console. */
    private static final class LazyProgressBar implements DatasetLoader.Progress, AutoCloseable {
        private ProgressBar bar;

        @Override
        public void step(int done, int total) {
            if (bar == null && total > PROGRESS_THRESHOLD && System.console() != null)
                bar = new ProgressBarBuilder().setTaskName("build").setInitialMax(total)
                        .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
            if (bar != null) bar.stepTo(done);
        }

        @Override
        public void close() {
            if (bar != null) bar.close();
        }
    }
}
