package org.demandgraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.demandgraph.server.Warmup;

/**
 * Waits until a {@code serve} process says on stderr (redirected to a file) that its warm-up is over
 * ({@link Warmup#WARMED}): before that its validation and warm-up share the machine with any request,
 * so timing cells then measures them (and on a loaded machine gives 503s). The wait is bounded; a
 * warm-up that stopped early, a process that exited or a limit passed is an {@link IllegalStateException}
 * saying which, and where the log is.
 */
final class WarmupWait {

    /** Longest wait for the warm-up (validation included) of 3,000 profiles on a loaded 2-core machine. */
    static final Duration LIMIT = Duration.ofMinutes(30);

    private WarmupWait() {}

    /** The warm-up's line, once {@code serve} (writing its stderr to {@code log}) has written it. */
    static String await(Process serve, Path log, Duration limit) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            Optional<String> line = warmed(log);
            if (line.isPresent()) {
                if (line.get().startsWith(Warmup.STOPPED)) {
                    throw new IllegalStateException("`serve`'s warm-up stopped early (" + line.get() + "); its log: " + log);
                }
                return line.get();
            }
            if (!serve.isAlive()) {
                throw new IllegalStateException("`serve` exited (status " + serve.exitValue() + ") before its warm-up finished; its log: " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("`serve` did not say its warm-up finished (a line \"" + Warmup.WARMED.strip()
                        + " ...\") within " + limit.toMinutes() + " min: nothing timed; its log: " + log);
            }
            Thread.sleep(500);
        }
    }

    /** The warm-up's closing line in the log so far, if written. */
    static Optional<String> warmed(Path log) throws IOException {
        if (!Files.exists(log)) return Optional.empty();
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return lines.stream().filter(l -> l.startsWith(Warmup.WARMED) || l.startsWith(Warmup.STOPPED)).findFirst();
    }
}
