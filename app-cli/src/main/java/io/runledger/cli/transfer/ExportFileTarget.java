package io.runledger.cli.transfer;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * The file {@code store export --out FILE} writes. Never overwrites: an existing FILE is
 * {@link ReasonCode#BACKUP_TARGET_EXISTS}. The export goes to a hidden temporary file beside FILE,
 * which is synced and then linked to FILE only when complete ({@link #commit()}); a failed or killed
 * export leaves no FILE at all, only possibly a {@code .FILE.*.partial} leftover. A name ending in
 * {@code .gz} is gzip-compressed.
 */
public final class ExportFileTarget implements AutoCloseable {
    private final Path file;
    private final Path temporary;
    private final FileOutputStream fileStream;
    private final OutputStream stream;
    private final GZIPOutputStream gzip;
    private boolean committed;

    private ExportFileTarget(Path file, Path temporary, FileOutputStream fileStream, boolean compress) throws IOException {
        this.file = file;
        this.temporary = temporary;
        this.fileStream = fileStream;
        OutputStream buffered = new BufferedOutputStream(fileStream, 64 * 1024);
        this.gzip = compress ? new GZIPOutputStream(buffered, 64 * 1024) : null;
        this.stream = compress ? gzip : buffered;
    }

    /** Refuses an existing {@code file}, then opens a temporary file beside it (parent directories are created). */
    public static ExportFileTarget create(Path file) {
        refuseExisting(file);
        Path temporary = null;
        try {
            Path directory = file.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            temporary = Files.createTempFile(directory, "." + file.getFileName() + ".", ".partial");
            return new ExportFileTarget(file, temporary, new FileOutputStream(temporary.toFile()),
                    file.getFileName().toString().endsWith(".gz"));
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw failure(file, e);
        }
    }

    /** Where the export is written until it is committed. */
    public OutputStream stream() {
        return stream;
    }

    /** Finishes, syncs and publishes the file under its name; refuses if FILE appeared meanwhile. */
    public void commit() {
        try {
            if (gzip != null) {
                gzip.finish();
            }
            stream.flush();
            fileStream.getFD().sync();
            fileStream.close();
            // A hard link publishes the complete file atomically and, unlike a rename, never replaces one.
            Files.createLink(file, temporary);
            committed = true;
        } catch (FileAlreadyExistsException e) {
            throw exists(file);
        } catch (IOException e) {
            throw failure(file, e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /** Removes the temporary file unless the export was committed. */
    @Override
    public void close() {
        if (!committed) {
            try {
                fileStream.close();
            } catch (IOException e) {
                // the export already failed; the temporary file is removed below either way
            }
            deleteQuietly(temporary);
        }
    }

    private static void refuseExisting(Path file) {
        if (Files.exists(file)) {
            throw exists(file);
        }
    }

    private static StoreException exists(Path file) {
        return new StoreException(ReasonCode.BACKUP_TARGET_EXISTS,
                file + " already exists; exports never overwrite a file: choose another name or move it away");
    }

    static StoreException failure(Path file, IOException e) {
        String message = String.valueOf(e.getMessage());
        boolean full = message.contains("No space left") || message.contains("Disk quota");
        return new StoreException(full ? ReasonCode.STORAGE_FULL : ReasonCode.STORE_UNAVAILABLE,
                "cannot write " + file + ": " + message + " (no export file was left behind)", e);
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // a leftover .partial file is visibly incomplete; nothing more to do
            }
        }
    }
}
