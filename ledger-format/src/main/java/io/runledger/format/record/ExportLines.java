package io.runledger.format.record;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The lines of an export file, one at a time: every line ended by a line feed, each decoded as
 * strict UTF-8 on its own (a bad byte sequence is refused at its line, never replaced), and no line
 * longer than a limit ({@link #MAX_LINE_BYTES} for an export), so that memory stays bounded whatever
 * the file holds. Every problem is {@link ReasonCode#IMPORT_FORMAT_INVALID} naming the line ("line N: …");
 * after a line that is not UTF-8 the next call reads on from the following line. Also the line reader of
 * the JSON store's files. Not thread-safe; the caller closes the stream.
 */
public final class ExportLines {
    /** The longest line of an export accepted, in bytes (a record with a 64 KiB message is far below it). */
    public static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

    private final InputStream in;
    private final int maxLineBytes;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] buffer = new byte[64 * 1024];
    private byte[] line = new byte[1024];
    private int position;
    private int limit;
    private long lineNumber;
    private long offset;

    /** The lines of an export: none longer than {@link #MAX_LINE_BYTES}. */
    public ExportLines(InputStream in) {
        this(in, MAX_LINE_BYTES);
    }

    /** The lines of {@code in}, none longer than {@code maxLineBytes}. */
    public ExportLines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The number of the line last returned (1-based). */
    public long lineNumber() {
        return lineNumber;
    }

    /** How many bytes the lines read so far took, line feeds included: where the next line starts. */
    public long offset() {
        return offset;
    }

    /** The next line without its line feed, or empty at the end of the file. */
    public Optional<String> next() {
        // A line feed byte never occurs inside a UTF-8 multi-byte sequence, so lines split on bytes.
        long number = lineNumber + 1;
        int length = 0;
        while (true) {
            if (position == limit && !fill(number)) {
                if (length == 0) {
                    return Optional.empty();
                }
                throw invalid(number, "the last line does not end with a line feed (is the file truncated?)");
            }
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            length = append(start, length, number);
            if (position < limit) {
                position++;
                lineNumber = number;
                offset += length + 1L;
                return Optional.of(decode(length, number));
            }
        }
    }

    private int append(int start, int length, long number) {
        int count = position - start;
        if (length + count > maxLineBytes) {
            throw invalid(number, "the line is longer than " + maxLineBytes + " bytes");
        }
        if (length + count > line.length) {
            line = Arrays.copyOf(line, Math.max(length + count, line.length * 2));
        }
        System.arraycopy(buffer, start, line, length, count);
        return length + count;
    }

    private String decode(int length, long number) {
        // Most lines are ASCII, which needs no decoder: every byte is its character (a Latin-1 copy).
        if (ascii(length)) {
            return new String(line, 0, length, StandardCharsets.ISO_8859_1);
        }
        try {
            return utf8.decode(ByteBuffer.wrap(line, 0, length)).toString();
        } catch (CharacterCodingException e) {
            throw invalid(number, "the line is not valid UTF-8");
        }
    }

    private boolean ascii(int length) {
        for (int i = 0; i < length; i++) {
            if (line[i] < 0) {
                return false;
            }
        }
        return true;
    }

    private boolean fill(long number) {
        try {
            int read = in.read(buffer);
            while (read == 0) {
                read = in.read(buffer);
            }
            if (read < 0) {
                return false;
            }
            position = 0;
            limit = read;
            return true;
        } catch (IOException e) {
            throw new StoreException(ReasonCode.IMPORT_FORMAT_INVALID, "line " + number
                    + ": the file cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static StoreException invalid(long lineNumber, String problem) {
        return new StoreException(ReasonCode.IMPORT_FORMAT_INVALID, "line " + lineNumber + ": " + problem);
    }
}
