package io.runledger.domain.transfer;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;

/**
 * Opens an export to read it: the input of {@code store import} (a file or standard input) or a
 * backup being read back, gzip-compressed or not (gzip is recognised by its magic bytes, so
 * {@code .gz} files and compressed pipes both work), counting the bytes read for a progress display.
 */
public final class FileInput {
    private static final int GZIP_MAGIC = 0x8b1f;

    private FileInput() {
    }

    /** Opens {@code file}; a missing one is {@link ReasonCode#STATE_MIGRATION_SOURCE_MISSING}. */
    public static InputStream open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException(ReasonCode.STATE_MIGRATION_SOURCE_MISSING,
                    "the export file " + file + " does not exist or is not a regular file");
        }
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new StoreException(ReasonCode.STATE_MIGRATION_SOURCE_MISSING, "the export file " + file + " does not exist", e);
        } catch (IOException e) {
            throw new StoreException(ReasonCode.STORE_UNAVAILABLE, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The export text of {@code raw}, decompressed when it is gzip; {@code bytesRead} hears the raw bytes read so far. */
    public static InputStream decoded(InputStream raw, LongConsumer bytesRead) {
        InputStream counted = new BufferedInputStream(new Counting(raw, bytesRead), 64 * 1024);
        try {
            counted.mark(2);
            int first = counted.read();
            int second = counted.read();
            counted.reset();
            boolean gzip = first >= 0 && second >= 0 && (first | (second << 8)) == GZIP_MAGIC;
            return gzip ? new BufferedInputStream(new GZIPInputStream(counted, 64 * 1024), 64 * 1024) : counted;
        } catch (IOException e) {
            throw new StoreException(ReasonCode.IMPORT_FORMAT_INVALID,
                    "line 1: the input cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Counts the bytes that pass. */
    private static final class Counting extends FilterInputStream {
        private final LongConsumer bytesRead;
        private long count;

        Counting(InputStream in, LongConsumer bytesRead) {
            super(in);
            this.bytesRead = bytesRead;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                bytesRead.accept(++count);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
                bytesRead.accept(count);
            }
            return n;
        }
    }
}
