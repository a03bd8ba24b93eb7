package org.demandgraph.cli.option;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file operation failed, in words. Java's file exceptions carry only the file's name as their
 * message ({@code generate: README.md}); every error the commands print names the file and the reason.
 */
public final class Reasons {

    private Reasons() {}

    /** "FILE: reason" for a file system exception; null for anything else. */
    public static String ofFile(Throwable t) {
        if (!(t instanceof FileSystemException f) || f.getFile() == null) return null;
        return f.getFile() + (f.getOtherFile() == null ? "" : " -> " + f.getOtherFile()) + ": " + reason(f);
    }

    /** The reason alone: the exception's own when it gives one, else what its kind means. */
    public static String reason(FileSystemException f) {
        if (f.getReason() != null && !f.getReason().isBlank()) return f.getReason();
        if (f instanceof NoSuchFileException) return "no such file or folder";
        if (f instanceof AccessDeniedException) return "permission denied";
        if (f instanceof NotDirectoryException) return "not a folder";
        if (f instanceof FileAlreadyExistsException) return "already exists";
        if (f instanceof DirectoryNotEmptyException) return "folder not empty";
        return f.getClass().getSimpleName();
    }
}
