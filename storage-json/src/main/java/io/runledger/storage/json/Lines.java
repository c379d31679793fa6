package io.runledger.storage.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads a file as lines split on {@code \n} only, decoding strict UTF-8, and tells whether each line
 * was terminated: an unterminated last line is what a write torn by a crash leaves behind.
 */
final class Lines implements AutoCloseable {
    /** One line: its text (empty when it is not valid UTF-8), its length in bytes, and whether a line feed ended it. */
    record Line(long number, Optional<String> text, int bytes, boolean terminated) {
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] chunk = new byte[64 * 1024];
    private int chunkLength;
    private int chunkPos;
    private long number;
    private byte[] line = new byte[8 * 1024];

    Lines(InputStream in) {
        this.in = in;
    }

    /** The next line, or empty at the end of the file. */
    Optional<Line> next() throws IOException {
        int length = 0;
        while (true) {
            if (chunkPos == chunkLength) {
                chunkLength = in.read(chunk);
                chunkPos = 0;
                if (chunkLength <= 0) {
                    chunkLength = 0;
                    return length == 0 ? Optional.empty() : Optional.of(line(length, false));
                }
            }
            byte b = chunk[chunkPos++];
            if (b == '\n') {
                return Optional.of(line(length, true));
            }
            if (length == line.length) {
                line = java.util.Arrays.copyOf(line, line.length * 2);
            }
            line[length++] = b;
        }
    }

    private Line line(int length, boolean terminated) {
        number++;
        try {
            return new Line(number, Optional.of(decoder.decode(ByteBuffer.wrap(line, 0, length)).toString()), length, terminated);
        } catch (CharacterCodingException e) {
            return new Line(number, Optional.empty(), length, terminated);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
