package org.demandgraph.profile;

import java.io.IOException;
import java.nio.file.Path;

/** Reads a profile file: strict UTF-8, byte-order mark removed, binary rejected; then parses it. */
public final class ProfileReader {

    private final ProfileParser parser = new ProfileParser();

    /**
     * @throws ProfileFormatException for a file that is not a profile (empty, binary, not UTF-8, no title)
     * @throws IOException            when the file cannot be read at all
     */
    public Profile read(Path file) throws IOException, ProfileFormatException {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
