package org.demandgraph.harvest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.demandgraph.profile.Manifest;
import org.demandgraph.profile.ManifestEntry;
import org.demandgraph.profile.ProfileFormatException;
import org.demandgraph.profile.ProfileParser;
import org.demandgraph.profile.html.HtmlProfileText;
import org.demandgraph.vocab.Sha256;

/** The output folder: {@code pages/} (bytes as served), {@code profiles/} (profile text), the manifest. */
final class PageFiles {

    static final String PAGES = "pages";
    static final String PROFILES = "profiles";

    private final Path out;

    PageFiles(Path out) throws IOException {
        this.out = out;
        Files.createDirectories(out.resolve(PAGES));
        Files.createDirectories(out.resolve(PROFILES));
    }

    static String pagePath(String stem) {
        return PAGES + "/" + stem + ".html";
    }

    static String textPath(String stem) {
        return PROFILES + "/" + stem + ".txt";
    }

    Manifest manifest() throws IOException {
        try {
            return Manifest.read(out.resolve(Manifest.FILE_NAME));
        } catch (ProfileFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Records a page's entry at once (appended), so an interrupted run keeps it. */
    void record(Manifest manifest, ManifestEntry entry) throws IOException {
        manifest.append(out.resolve(Manifest.FILE_NAME), entry);
    }

    /** The manifest sorted by URL, one row each: at the end of a run. */
    void save(Manifest manifest) throws IOException {
        manifest.write(out.resolve(Manifest.FILE_NAME));
    }

    boolean exist(ManifestEntry e) {
        return Files.isRegularFile(out.resolve(e.page())) && Files.isRegularFile(out.resolve(e.text()));
    }

    /**
     * Writes the page and its profile text; writes nothing and says why when the page is not a
     * profile (no title, no body, a title that is not "Place, ST").
     */
    Optional<String> write(String stem, byte[] page) throws IOException {
        String text;
        try {
            text = HtmlProfileText.fromBytes(stem + ".html", page);
            new ProfileParser().parse(stem + ".html", text, Sha256.hex(page));
        } catch (HtmlProfileText.NotAProfile e) {
            return Optional.of(e.getMessage());
        } catch (ProfileFormatException e) {
            return Optional.of(e.getMessage());
        }
        writeAtomically(out.resolve(pagePath(stem)), page);
        writeAtomically(out.resolve(textPath(stem)), text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return Optional.empty();
    }

    private static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

}
