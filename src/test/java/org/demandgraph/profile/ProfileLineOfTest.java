package org.demandgraph.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A character offset's line, at every offset of a text with blank lines, CRLF and a last line without a break. */
class ProfileLineOfTest {

    @Test
    void everyOffsetGetsTheLineThatCountingBreaksGives() {
        String text = "Norwich, CT\n\nTactics Used\r\nReverse Stings\n\n\nOfficers ran stings.\nState: CT";
        Profile profile = new Profile("norwich-ct.txt", text, "", null, "Norwich", "CT", null, List.of(), List.of(),
                List.of(), List.of(), Footer.NONE, new Profile.Sections(false, false, false, false), List.of());
        for (int offset = -2; offset <= text.length() + 3; offset++) {
            int expected = 1;
            for (int i = 0; i < Math.min(offset, text.length()); i++) if (text.charAt(i) == '\n') expected++;
            assertEquals(expected, profile.lineOf(offset), "offset " + offset);
        }
        assertEquals(8, profile.lineOf(text.length()));
    }
}
