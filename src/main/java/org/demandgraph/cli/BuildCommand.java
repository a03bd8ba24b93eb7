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
import org.demandgraph.cli.option.BaseOption;
import org.demandgraph.cli.option.DatasetOutput;
import org.demandgraph.cli.option.InputPaths;
import org.demandgraph.cli.option.ThreadsOption;
import org.demandgraph.validate.Validation;
import org.demandgraph.validate.ValidationSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code build PATH... --out FILE}: profiles and dataset files to one dataset file. Rejected inputs are
 * named on stderr ({@code file:line: reason}) and the rest is still written.
 */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Profiles (files or folders) to a dataset file; the format follows --out's extension.",
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {ExitCode.DONE_LINE, ExitCode.REJECTED_LINE, ExitCode.USAGE_LINE, ExitCode.FAILED_LINE})
public final class BuildCommand implements Callable<Integer> {

    /** Inputs above which a progress bar is shown (on stderr, when the console is interactive). */
    private static final int PROGRESS_THRESHOLD = 20;
    private static final Logger LOG = LoggerFactory.getLogger(BuildCommand.class);

    @Spec
    CommandSpec spec;

    @Mixin
    InputPaths inputs;

    @Mixin
    DatasetOutput output;

    @Mixin
    BaseOption base;

    @Mixin
    ThreadsOption threads;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        long started = System.nanoTime();
        LoadResult result;
        try (LazyProgressBar bar = new LazyProgressBar(err)) {
            result = new DatasetLoader(base.iris()).threads(threads.threads()).load(inputs.paths(), bar);
        }
        long loaded = System.nanoTime();
        LOG.info("loaded {} profiles on {} threads in {} s", result.profiles(), threads.threads(), seconds(started, loaded));
        for (Rejection r : result.rejected()) err.println(r);
        // Validate what is written; completeness goes into the quality graph of the same dataset.
        ValidationSummary validation = Validation.withBundledShapes().threads(threads.threads())
                .summariseInto(result.dataset(), base.iris());
        long validated = System.nanoTime();
        LOG.info("validated in {} s", seconds(loaded, validated));
        try {
            DatasetWriter.write(result.dataset(), output.path());
        } catch (IOException e) {
            err.println("build: " + output.path() + ": cannot write: " + Main.describe(e));
            return ExitCode.FAILED;
        }
        LOG.info("wrote {} in {} s", output.path(), seconds(validated, System.nanoTime()));
        err.flush();
        out.println(summary(result, Duration.ofNanos(System.nanoTime() - started)));
        out.print(validation.toText());
        out.flush();
        return result.hasRejections() ? ExitCode.FINDINGS : ExitCode.DONE;
    }

    private static String seconds(long from, long to) {
        return String.format(Locale.ROOT, "%.2f", (to - from) / 1e9);
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
        private final PrintWriter err;
        private ProgressBar bar;

        LazyProgressBar(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void step(int done, int total) {
            if (bar == null && total > PROGRESS_THRESHOLD && System.console() != null)
                bar = new ProgressBarBuilder().setTaskName("build").setInitialMax(total)
                        .setConsumer(new ConsoleProgressBarConsumer(Streams.of(err))).build();
            if (bar != null) bar.stepTo(done);
        }

        @Override
        public void close() {
            if (bar != null) bar.close();
        }
    }
}
