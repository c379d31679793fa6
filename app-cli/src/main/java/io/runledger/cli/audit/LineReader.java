package io.runledger.cli.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * Splits a byte stream into lines ({@code \n} or {@code \r\n}), holding at most one line of
 * {@code maxLineBytes} in memory. Just before it would block waiting for more input it runs
 * {@code beforeWaiting}, so that its owner can act on the lines it already has (a slow producer must
 * not have complete lines held back by a partial one).
 */
final class LineReader {
    /** One line's bytes without its terminator; {@code tooLong} when it exceeded the limit (bytes then cut). */
    record RawLine(byte[] bytes, boolean tooLong) {
    }

    private final InputStream in;
    private final int maxLineBytes;
    private final Runnable beforeWaiting;
    private final byte[] buffer = new byte[64 * 1024];
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private int position;
    private int limit;
    private boolean ended;

    LineReader(InputStream in, int maxLineBytes, Runnable beforeWaiting) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
        this.beforeWaiting = beforeWaiting;
    }

    /** The next line, or empty at the end of input; a last line without a terminator still counts. */
    Optional<RawLine> next() throws IOException {
        line.reset();
        boolean started = false;
        while (true) {
            if (position == limit && !fill()) {
                return started ? Optional.of(finish(false)) : Optional.empty();
            }
            started = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            line.write(buffer, start, position - start);
            if (line.size() > maxLineBytes) {
                return Optional.of(finish(true));
            }
            if (position < limit) {
                position++;
                return Optional.of(finish(false));
            }
        }
    }

    private boolean fill() throws IOException {
        if (ended) {
            return false;
        }
        if (in.available() == 0) {
            beforeWaiting.run();
        }
        int read = in.read(buffer);
        if (read < 0) {
            ended = true;
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }

    private RawLine finish(boolean tooLong) {
        byte[] bytes = line.toByteArray();
        int length = bytes.length;
        if (!tooLong && length > 0 && bytes[length - 1] == '\r') {
            length--;
        }
        return new RawLine(Arrays.copyOf(bytes, length), tooLong);
    }
}
