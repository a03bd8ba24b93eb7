package org.demandgraph.profile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.demandgraph.vocab.Sha256;

/** Reads a profile file: strict UTF-8, byte-order mark removed, binary rejected; then parses it. */
public final class ProfileReader {

    private final ProfileParser parser = new ProfileParser();

    /**
     * @throws ProfileFormatException for a file that is not a profile (empty, binary, not UTF-8, no title)
     * @throws IOException            when the file cannot be read at all
     */
    public Profile read(Path file) throws IOException, ProfileFormatException {
        byte[] bytes = Files.readAllBytes(file);
        String source = file.getFileName().toString();
        return parser.parse(source, decode(source, bytes), Sha256.hex(bytes));
    }

    /** The file's text: rejected when binary, not UTF-8 or empty; a leading BOM removed and nothing else. */
    static String decode(String source, byte[] bytes) throws ProfileFormatException {
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f')
                throw new ProfileFormatException(source, lineAt(bytes, i),
                        String.format("binary content (byte 0x%02x at offset %d)", b, i));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        if (result.isError()) {
            int at = Math.min(in.position(), bytes.length - 1);
            throw new ProfileFormatException(source, lineAt(bytes, at),
                    String.format("not UTF-8 (byte 0x%02x at offset %d)", bytes[at] & 0xff, at));
        }
        String text = out.flip().toString();
        if (text.startsWith("\ufeff")) text = text.substring(1);
        if (text.chars().allMatch(c -> Blanks.isBlank((char) c)))
            throw new ProfileFormatException(source, 1, "empty file");
        return text;
    }

    /** 1-based line of a byte offset. */
    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++)
            if (bytes[i] == '\n') line++;
        return line;
    }

}
