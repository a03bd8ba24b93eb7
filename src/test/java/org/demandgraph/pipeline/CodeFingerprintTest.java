package org.demandgraph.pipeline;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the running demandgraph is: a jar's bytes, or a classes folder's files. */
class CodeFingerprintTest {

    @TempDir
    Path tmp;

    private Path folder(String name, String rules, String shapes) throws IOException {
        Path root = tmp.resolve(name);
        Files.createDirectories(root.resolve("org/demandgraph/extract"));
        Files.writeString(root.resolve("org/demandgraph/extract/Rules.class"), rules);
        Files.writeString(root.resolve("shapes.ttl"), shapes);
        return root;
    }

    @Test
    void aJarIsTheSha256OfItsBytes() throws IOException, NoSuchAlgorithmException {
        Path jar = tmp.resolve("demandgraph.jar");
        byte[] bytes = new byte[100_000];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (i * 31 + 7);
        Files.write(jar, bytes);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        assertEquals(expected, CodeFingerprint.of(jar));
    }

    @Test
    void aClassesFolderChangesWithAnyFileItHolds() throws IOException {
        String a = CodeFingerprint.of(folder("a", "rules v1", "shapes v1"));
        assertEquals(a, CodeFingerprint.of(folder("b", "rules v1", "shapes v1")), "same files elsewhere, same build");
        assertNotEquals(a, CodeFingerprint.of(folder("c", "rules v2", "shapes v1")), "another rule");
        assertNotEquals(a, CodeFingerprint.of(folder("d", "rules v1", "shapes v2")), "other shapes");
        Path renamed = folder("e", "rules v1", "shapes v1");
        Files.move(renamed.resolve("shapes.ttl"), renamed.resolve("shapes2.ttl"));
        assertNotEquals(a, CodeFingerprint.of(renamed), "a file renamed");
        assertEquals(64, a.length());
    }

    @Test
    void theRunningCodeIsTheFolderOrJarItsClassesComeFrom() throws Exception {
        Path source = Path.of(CodeFingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertTrue(Files.exists(source), source.toString());
        assertEquals(CodeFingerprint.of(source), CodeFingerprint.current());
        assertNotEquals(CodeFingerprint.UNKNOWN, CodeFingerprint.current());
    }
}
