package org.demandgraph.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
 * A file that cannot be read counts as "unreadable" instead of its contents (the loader skips it with a
 * rejection too), so one unreadable input does not stop the start, and it is loaded once it can be read.
 * What the code that loads them is, is another fingerprint: {@link CodeFingerprint}.
 */
public final class InputFingerprint {

    /** The fingerprint, and the input files that could not be read (each named with the reason). */
    public record Taken(String sha256, List<Rejection> unreadable) {}

    private InputFingerprint() {}

    public static String of(List<Path> inputs, String base) {
        return take(inputs, base).sha256();
    }

    public static Taken take(List<Path> inputs, String base) {
        MessageDigest all = Sha256.digest();
        List<Rejection> unreadable = new ArrayList<>();
        for (Path file : files(inputs)) {
            String hash;
            try {
                hash = contentHash(file);
            } catch (IOException e) {
                hash = "unreadable";
                unreadable.add(new Rejection(file.toString(), 0, "cannot read, skipped: " + reason(e)));
            }
            all.update((file + "\n" + hash + "\n").getBytes(StandardCharsets.UTF_8));
        }
        all.update(("base " + base + "\n").getBytes(StandardCharsets.UTF_8));
        return new Taken(HexFormat.of().formatHex(all.digest()), List.copyOf(unreadable));
    }

    private static String reason(IOException e) {
        return e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The input files, absolute, sorted. */
    public static List<Path> files(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path file : InputWalker.inputs(inputs).files()) files.add(file.toAbsolutePath().normalize());
        files.sort(null);
        return files;
    }

    /** 64 hex digits of the file's bytes, read as a stream (files may be large). */
    static String contentHash(Path file) throws IOException {
        MessageDigest md = Sha256.digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
