package org.demandgraph.rdfio;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * The permissions a plain new file gets in a folder (0666 less the umask, on POSIX file systems).
 * {@link Files#createTempFile} makes 0600 files whatever the umask, so an atomic write through a temp
 * file copies these onto it before the move. Java cannot read the umask: a probe file tells.
 */
public final class NewFilePermissions {

    private NewFilePermissions() {}

    /** The permissions of a file freshly created in {@code folder}; null when the file system is not POSIX. */
    public static Set<PosixFilePermission> in(Path folder) throws IOException {
        if (Files.getFileAttributeView(folder, PosixFileAttributeView.class) == null) return null;
        for (int attempt = 0; ; attempt++) {
            Path probe = folder.resolve(".umask-probe-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
            try {
                Files.createFile(probe);
            } catch (FileAlreadyExistsException e) {
                if (attempt < 3) continue;
                throw e;
            }
            try {
                return Files.getPosixFilePermissions(probe);
            } finally {
                Files.deleteIfExists(probe);
            }
        }
    }

    /** Gives {@code file} the permissions a plain new file in its folder would have. */
    public static void apply(Path file) throws IOException {
        Set<PosixFilePermission> perms = in(file.toAbsolutePath().getParent());
        if (perms != null) Files.setPosixFilePermissions(file, perms);
    }
}
