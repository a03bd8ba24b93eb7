package org.demandgraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a persistent database was built from, as one SHA-256: every input file (folders walked
 * recursively, hidden files skipped) by absolute path, in sorted order, each with the SHA-256 of
 * its contents, and the base IRI. Any change to a file, the set of files or the base changes it.
 */
public final class InputFingerprint {

    private InputFingerprint() {}

    public static String of(List<Path> inputs, String base) {
        MessageDigest all = sha256();
        for (Path file : files(inputs)) {
            all.update((file + "\n" + contentHash(file) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        all.update(("base " + base + "\n").getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(all.digest());
    }

    static List<Path> files(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            Path abs = input.toAbsolutePath().normalize();
            if (Files.isDirectory(abs)) {
                try (Stream<Path> walk = Files.walk(abs)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !abs.relativize(p).toString().matches("(.*/)?\\..*"))
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot list " + abs, e);
                }
            } else {
                files.add(abs);
            }
        }
        files.sort(null);
        return files;
    }

    private static String contentHash(Path file) {
        MessageDigest md = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("No SHA-256 in this JDK", e);
        }
    }
}
