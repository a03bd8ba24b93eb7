package org.demandgraph.profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The harvest manifest ({@value #FILE_NAME}): one tab-separated row per page. A harvest appends a row
 * per page as it goes (the last row of a URL wins) and rewrites the file sorted by URL at the end. Found by the loader beside a
 * profile file or in the folder above it, so a profile built from a harvest carries its provenance.
 */
public final class Manifest {

    public static final String FILE_NAME = "manifest.tsv";
    static final String HEADER = "url\tfinal_url\tstatus\tretrieved\tetag\tlast_modified\tsha256\tpage\ttext";

    private final Map<String, ManifestEntry> byUrl = new TreeMap<>();
    private Map<Path, ManifestEntry> byFile;
    private Path indexedFolder;

    public Optional<ManifestEntry> get(String url) {
        return Optional.ofNullable(byUrl.get(url));
    }

    public void put(ManifestEntry entry) {
        byUrl.put(entry.url(), entry);
        byFile = null;
    }

    public Collection<ManifestEntry> entries() {
        return byUrl.values();
    }

    /** The entry whose page or text file is {@code file} (a manifest in {@code folder}), if any. */
    public Optional<ManifestEntry> forFile(Path folder, Path file) {
        if (byFile == null || !folder.equals(indexedFolder)) {
            byFile = new HashMap<>();
            indexedFolder = folder;
            for (ManifestEntry e : byUrl.values())
                for (String relative : List.of(e.page(), e.text()))
                    if (!relative.isEmpty()) byFile.put(folder.resolve(relative).toAbsolutePath().normalize(), e);
        }
        return Optional.ofNullable(byFile.get(file.toAbsolutePath().normalize()));
    }

    /** The manifest beside {@code profileFile} or in the folder above it. */
    public static Optional<Path> locate(Path profileFile) {
        Path folder = profileFile.toAbsolutePath().getParent();
        for (int up = 0; up < 2 && folder != null; up++, folder = folder.getParent()) {
            Path candidate = folder.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }

    /** Reads a manifest; a missing file is an empty manifest. */
    public static Manifest read(Path file) throws IOException, ProfileFormatException {
        Manifest m = new Manifest();
        if (!Files.exists(file)) return m;
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String name = file.toString();
        if (lines.isEmpty() || !lines.get(0).equals(HEADER))
            throw new ProfileFormatException(name, 1, "not a harvest manifest (header expected: " + HEADER + ")");
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            String[] f = lines.get(i).split("\t", -1);
            if (f.length != 9) throw new ProfileFormatException(name, i + 1, "expected 9 tab-separated fields, found " + f.length);
            try {
                m.put(new ManifestEntry(f[0], f[1], Integer.parseInt(f[2]), Instant.parse(f[3]), f[4], f[5], f[6], f[7], f[8]));
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new ProfileFormatException(name, i + 1, "bad status or retrieval time: " + e.getMessage());
            }
        }
        return m;
    }

    /** Writes the whole manifest, sorted by URL, through a temporary file moved into place. */
    public void write(Path file) throws IOException {
        List<String> lines = new ArrayList<>(byUrl.size() + 1);
        lines.add(HEADER);
        for (ManifestEntry e : byUrl.values()) lines.add(row(e));
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, lines, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Records one entry and appends its row to the file at once (a later row for the same URL wins
     * when read), so an interrupted harvest loses nothing; {@link #write} compacts and sorts at the end.
     */
    public void append(Path file, ManifestEntry entry) throws IOException {
        put(entry);
        if (!Files.exists(file)) Files.write(file, List.of(HEADER), StandardCharsets.UTF_8);
        Files.write(file, List.of(row(entry)), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private static String row(ManifestEntry e) {
        return String.join("\t", clean(e.url()), clean(e.finalUrl()), Integer.toString(e.status()),
                e.retrieved().toString(), clean(e.etag()), clean(e.lastModified()), clean(e.sha256()),
                clean(e.page()), clean(e.text()));
    }

    /** Tabs and line breaks cannot occur in a field (servers send them in headers only by mistake). */
    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
