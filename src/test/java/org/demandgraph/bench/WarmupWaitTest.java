package org.demandgraph.bench;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.demandgraph.server.Warmup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark times nothing until `serve` says its warm-up is over, and says why when it never does. */
class WarmupWaitTest {

    @TempDir
    Path tmp;

    private static Process running() throws Exception {
        return new ProcessBuilder("sleep", "60").start();
    }

    @Test
    void returnsTheWarmUpsLineOnceWritten() throws Exception {
        Path log = tmp.resolve("serve.log");
        Process serve = running();
        try {
            String line = Warmup.WARMED + "12.5 s (80 requests, 0 failed)";
            Thread writer = new Thread(() -> {
                try {
                    Files.write(log, List.of("Checking the quality graph in the background", "Validated in 3.0 s"));
                    Thread.sleep(700);
                    // Whole, as a reader of a growing log might otherwise see half the line.
                    Path next = Files.write(tmp.resolve("serve.log.next"), List.of("Checking the quality graph in the background", "Validated in 3.0 s", line));
                    Files.move(next, log, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
            writer.start();
            assertEquals(line, WarmupWait.await(serve, log, Duration.ofSeconds(30)));
            writer.join();
        } finally {
            serve.destroy();
        }
    }

    @Test
    void aWarmUpThatStoppedIsAnError() throws Exception {
        Path log = Files.write(tmp.resolve("serve.log"), List.of(Warmup.STOPPED + "out of memory"));
        Process serve = running();
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> WarmupWait.await(serve, log, Duration.ofSeconds(30)));
            assertTrue(e.getMessage().contains("out of memory") && e.getMessage().contains(log.toString()), e.getMessage());
        } finally {
            serve.destroy();
        }
    }

    @Test
    void aServerThatExitedOrNeverSaysSoIsAnError() throws Exception {
        Path log = Files.write(tmp.resolve("serve.log"), List.of("Validated in 3.0 s"));
        Process exited = new ProcessBuilder("sh", "-c", "exit 3").start();
        exited.waitFor();
        IllegalStateException gone = assertThrows(IllegalStateException.class, () -> WarmupWait.await(exited, log, Duration.ofSeconds(30)));
        assertTrue(gone.getMessage().contains("exited (status 3)"), gone.getMessage());

        Process silent = running();
        try {
            IllegalStateException late = assertThrows(IllegalStateException.class, () -> WarmupWait.await(silent, log, Duration.ofSeconds(1)));
            assertTrue(late.getMessage().contains("did not say its warm-up finished"), late.getMessage());
        } finally {
            silent.destroy();
        }
    }
}
