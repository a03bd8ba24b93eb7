package org.demandgraph.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.demandgraph.vocab.Sha256;

/**
 * What the running demandgraph is, as one SHA-256 of the code source its classes come from: the jar's
 * bytes when it runs from a jar, or, for a classes folder (tests, the IDE), each file's path relative to
 * the folder and its bytes' SHA-256, in sorted path order. Extraction rules, the ontology and the shapes
 * are in that jar or folder, so a different build of demandgraph has a different fingerprint, which makes
 * a persistent store built by another version load its inputs again (server.Tdb2Store). Computed once per
 * process, on first use.
 */
public final class CodeFingerprint {

    /** The fingerprint when the classes' code source cannot be found (no upgrade is then detected). */
    static final String UNKNOWN = "unknown";

    private CodeFingerprint() {}

    private static final class Current {
        static final String SHA256 = of(codeSource());
    }

    /** The running code's fingerprint (64 hex digits; {@value #UNKNOWN} if its code source is not known). */
    public static String current() {
        return Current.SHA256;
    }

    /** The fingerprint of a jar (its bytes) or a classes folder (its files' relative paths and bytes, sorted). */
    public static String of(Path source) {
        if (source == null || !Files.exists(source)) return UNKNOWN;
        try {
            if (!Files.isDirectory(source)) return InputFingerprint.contentHash(source);
            List<Path> files;
            try (Stream<Path> walk = Files.walk(source)) {
                files = walk.filter(Files::isRegularFile).map(source::relativize).sorted().toList();
            }
            MessageDigest all = Sha256.digest();
            for (Path file : files) {
                // "/" on every platform, so the same folder has the same fingerprint everywhere.
                String name = file.toString().replace(file.getFileSystem().getSeparator(), "/");
                String line = name + "\n" + InputFingerprint.contentHash(source.resolve(file)) + "\n";
                all.update(line.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(all.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demandgraph's own code in " + source + ": " + e.getMessage(), e);
        }
    }

    private static Path codeSource() {
        CodeSource source = CodeFingerprint.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) return null;
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }
}
