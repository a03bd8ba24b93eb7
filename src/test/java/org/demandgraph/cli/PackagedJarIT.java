package org.demandgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged product jar ({@code target/demandgraph.jar}), as a user runs it: it carries a real SLF4J
 * provider (log4j-core with its configuration), so a command prints no "No SLF4J providers" warning and
 * log lines come out in the configured pattern. Run by failsafe in {@code verify}, after {@code package}
 * has built the jar; a missing jar fails.
 */
class PackagedJarIT {

    static final Path PROJECT = Path.of(System.getProperty("demandgraph.project.dir", "."));
    static final Path JAR = PROJECT.resolve("target/demandgraph.jar");

    @TempDir
    Path tmp;

    record Result(int status, String out, String err) {}

    static Path jar() {
        assertTrue(Files.isRegularFile(JAR), JAR + " is missing: these tests run in `verify`, after `package`");
        return JAR;
    }

    /** {@code java [options] -jar target/demandgraph.jar args...} in the project folder. */
    Result run(List<String> jvm, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvm);
        command.add("-jar");
        command.add(jar().toString());
        command.addAll(List.of(args));
        Path out = tmp.resolve("out.txt"), err = tmp.resolve("err.txt");
        Process p = new ProcessBuilder(command).directory(PROJECT.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the command ends: " + command);
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void carriesLog4jAsItsSlf4jProvider() throws IOException {
        try (JarFile jar = new JarFile(jar().toFile())) {
            JarEntry services = jar.getJarEntry("META-INF/services/org.slf4j.spi.SLF4JServiceProvider");
            assertNotNull(services, "SLF4J finds its provider through this service file");
            String providers = new String(jar.getInputStream(services).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(providers.lines().map(String::strip).anyMatch("org.apache.logging.slf4j.SLF4JServiceProvider"::equals), providers);
            assertNotNull(jar.getJarEntry("org/apache/logging/slf4j/SLF4JServiceProvider.class"), "log4j-slf4j2-impl");
            assertNotNull(jar.getJarEntry("org/apache/logging/log4j/core/LoggerContext.class"), "log4j-core, the implementation");
            assertNotNull(jar.getJarEntry("log4j2.properties"), "the configuration");
        }
    }

    @Test
    void aCommandPrintsNoLoggingWarning() throws Exception {
        Result r = run(List.of(), "query", "queries/profiled-places.rq", "data/profiles", "--format", "csv");
        assertEquals(0, r.status(), r.err());
        assertEquals(3, r.out().lines().count(), "a header and the two bundled profiles: " + r.out());
        assertFalse(r.err().contains("SLF4J"), r.err());
        assertFalse(r.err().contains("StatusLogger"), "log4j found its configuration: " + r.err());
        assertEquals("", r.err(), "quiet by default (warnings and errors only)");
    }

    @Test
    void logLinesFollowTheBundledConfiguration() throws Exception {
        // -Dlog4j2.level raises the bundled configuration's level: the libraries' debug lines appear in its pattern
        Result r = run(List.of("-Dlog4j2.level=debug"), "query", "queries/profiled-places.rq", "data/profiles", "--format", "csv");
        assertEquals(0, r.status(), r.err());
        assertFalse(r.err().contains("SLF4J"), r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.matches("\\d\\d:\\d\\d:\\d\\d DEBUG .* :: .*")),
                "a debug line as log4j2.properties lays it out: " + r.err().lines().limit(5).toList());
    }
}
