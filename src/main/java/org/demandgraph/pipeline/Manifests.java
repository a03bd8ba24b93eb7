package org.demandgraph.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.demandgraph.profile.Manifest;
import org.demandgraph.profile.ManifestEntry;
import org.demandgraph.profile.ProfileFormatException;

/** Harvest manifests found beside the profiles being loaded, each read once per loading thread. */
final class Manifests {

    private final Map<Path, Manifest> read = new HashMap<>();

    /**
     * The manifest entry of a profile file, when a harvest wrote it.
     *
     * @throws ProfileFormatException when the manifest found is malformed (naming it and the line)
     */
    Optional<ManifestEntry> entryFor(Path profileFile) throws IOException, ProfileFormatException {
        Optional<Path> located = Manifest.locate(profileFile);
        if (located.isEmpty()) return Optional.empty();
        Path file = located.get();
        Manifest manifest = read.get(file);
        if (manifest == null) {
            manifest = Manifest.read(file);
            read.put(file, manifest);
        }
        return manifest.forFile(file.getParent(), profileFile);
    }
}
