package org.demandgraph.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.demandgraph.profile.Profile;
import org.demandgraph.profile.ProfileFormatException;
import org.demandgraph.profile.ProfileReader;

/** Test-only: the bundled real profiles and the extraction fixtures, read through the profile stage. */
public final class TextProfiles {

    private TextProfiles() {}

    public static Path project() {
        return Path.of(System.getProperty("demandgraph.project.dir", "."));
    }

    public static Profile real(String file) {
        return read(project().resolve("data/profiles").resolve(file));
    }

    public static Profile fixture(String file) {
        return read(project().resolve("src/test/resources/extract").resolve(file));
    }

    public static Profile read(Path path) {
        try {
            return new ProfileReader().read(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ProfileFormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
