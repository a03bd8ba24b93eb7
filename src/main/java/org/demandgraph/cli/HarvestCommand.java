package org.demandgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.demandgraph.cli.option.PolitenessOptions;
import org.demandgraph.harvest.HarvestSummary;
import org.demandgraph.harvest.Harvester;
import org.demandgraph.harvest.SavedSite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code harvest URL|FOLDER --out DIR}: the site's profile pages to {@code DIR/pages/}, their profile
 * text to {@code DIR/profiles/}, and {@code DIR/manifest.tsv}; politely (docs/harvest.md).
 */
@Command(name = "harvest", mixinStandardHelpOptions = true,
        description = {"Downloads a site's profile pages (or reads a saved copy of the site) into DIR:",
                "pages/ (as served), profiles/ (their profile text) and manifest.tsv (URL, final URL, status,",
                "retrieval time, ETag, SHA-256). Rerun it to fetch only what changed; an interrupted run resumes."},
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {ExitCode.DONE_LINE, "1:some pages failed (named on stderr with the reason); the rest still written",
                ExitCode.USAGE_LINE, ExitCode.FAILED_LINE})
public final class HarvestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "URL|FOLDER",
            description = "The site's address (https://...), or a folder holding a saved copy of it.")
    String source;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true, description = "Folder to write into (created if missing).")
    Path out;

    @Mixin
    PolitenessOptions politeness;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Path folder = Path.of(source);
        URI site = Files.isDirectory(folder) ? null : site(source);
        HarvestSummary summary;
        try (Progress progress = new Progress(err)) {
            Files.createDirectories(out);
            summary = site == null
                    ? SavedSite.read(folder, out, progress)
                    : new Harvester(politeness.politeness(), d -> Thread.sleep(d.toMillis()), Clock.systemUTC())
                            .harvest(site, out, progress);
        } catch (IOException e) {
            err.println("harvest: " + out + ": " + e.getMessage());
            return ExitCode.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("harvest: interrupted; run it again to resume");
            return ExitCode.FAILED;
        }
        summary.failed().forEach((url, why) -> err.println(url + ": " + why));
        err.flush();
        stdout.print(summary.render());
        stdout.flush();
        return summary.failed().isEmpty() ? ExitCode.DONE : ExitCode.FINDINGS;
    }

    private URI site(String s) {
        try {
            URI uri = new URI(s);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) return uri;
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new ParameterException(spec.commandLine(), source + ": neither an http(s) address nor a folder");
    }

    /** Strategy and notes on stderr; a bar on stderr while pages are fetched, when someone is at the console. */
    private static final class Progress implements Harvester.Listener, AutoCloseable {
        private final PrintWriter err;
        private ProgressBar bar;

        Progress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void log(String message) {
            err.println("harvest: " + message);
            err.flush();
        }

        @Override
        public void discovered(int pages) {
            if (pages > 0 && System.console() != null)
                bar = new ProgressBarBuilder().setTaskName("harvest").setInitialMax(pages)
                        .setConsumer(new ConsoleProgressBarConsumer(Streams.of(err))).build();
        }

        @Override
        public void page(URI url, String outcome) {
            if (bar != null) {
                bar.step();
                bar.setExtraMessage(outcome);
            }
        }

        @Override
        public void close() {
            if (bar != null) bar.close();
        }
    }
}
