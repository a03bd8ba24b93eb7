package org.demandgraph.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.demandgraph.vocab.Sha256;

/**
 * What a persistent database was built from, as one SHA-256: every input file the loader would read
 * ({@link InputWalker#inputs}) by absolute path, in sorted order, each with the SHA-256 of its
 * contents, and the base IRI. Any change to an input, the set of inputs or the base changes it.
 */
public final class InputFingerprint {

    private InputFingerprint() {}

    public static String of(List<Path> inputs, String base) {
        MessageDigest all = Sha256.digest();
        for (Path file : files(inputs)) {
            all.update((file + "\n" + contentHash(file) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        all.update(("base " + base + "\n").getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(all.digest());
    }

    /** The input files, absolute, sorted. */
    public static List<Path> files(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path file : InputWalker.inputs(inputs).files()) files.add(file.toAbsolutePath().normalize());
        files.sort(null);
        return files;
    }

    private static String contentHash(Path file) {
        MessageDigest md = Sha256.digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
