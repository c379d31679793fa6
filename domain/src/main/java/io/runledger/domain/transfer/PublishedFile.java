package io.runledger.domain.transfer;

import io.runledger.storage.api.FilePublisher;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;

/**
 * A file that appears under its name only once it is complete: {@code store export --out FILE} and
 * export backups write through it, and a native backup is published with {@link #publish}. Never
 * overwrites: an existing FILE is {@link ReasonCode#BACKUP_TARGET_EXISTS}. The content goes to a
 * hidden temporary file beside FILE, which is synced and then linked to FILE only when complete
 * ({@link #commit()}), after which the directory is synced ({@link FilePublisher}); a failed or killed write leaves no FILE at all, only possibly a
 * {@code .FILE.*.partial} leftover. A name ending in {@code .gz} is gzip-compressed. Exports and
 * backups are not store files: the store's own files are only ever touched by its adapter.
 */
public final class PublishedFile implements AutoCloseable {
    private final Path file;
    private final Path temporary;
    private final FileOutputStream fileStream;
    private final OutputStream stream;
    private final GZIPOutputStream gzip;
    private boolean committed;

    private PublishedFile(Path file, Path temporary, FileOutputStream fileStream, boolean compress) throws IOException {
        this.file = file;
        this.temporary = temporary;
        this.fileStream = fileStream;
        OutputStream buffered = new BufferedOutputStream(fileStream, 64 * 1024);
        this.gzip = compress ? new GZIPOutputStream(buffered, 64 * 1024) : null;
        this.stream = compress ? gzip : buffered;
    }

    /** Refuses an existing {@code file}, then opens a temporary file beside it (parent directories are created). */
    public static PublishedFile create(Path file) {
        refuseExisting(file);
        Path temporary = null;
        try {
            Path directory = file.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            temporary = Files.createTempFile(directory, "." + file.getFileName() + ".", ".partial");
            return new PublishedFile(file, temporary, new FileOutputStream(temporary.toFile()),
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
        commit(complete -> { });
    }

    /**
     * As {@link #commit()}, once {@code check} has accepted the complete, synced content at its
     * temporary path (it raises to refuse it; FILE then never appears).
     */
    public void commit(Consumer<Path> check) {
        try {
            if (gzip != null) {
                gzip.finish();
            }
            stream.flush();
            fileStream.getFD().sync();
            fileStream.close();
            check.accept(temporary);
            link(temporary, file);
            committed = true;
        } catch (IOException e) {
            throw failure(file, e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /**
     * A path beside {@code file}, hidden and not existing, where a complete copy (a native backup) can
     * be written before {@link #publish} gives it its name.
     */
    public static Path temporaryBeside(Path file) {
        Path absolute = file.toAbsolutePath();
        return absolute.resolveSibling("." + absolute.getFileName() + "." + ProcessHandle.current().pid() + "."
                + System.nanoTime() + ".partial");
    }

    /**
     * Gives the complete file {@code complete} (written at {@link #temporaryBeside}) the name {@code file}
     * atomically and removes the temporary name; refuses if {@code file} appeared meanwhile.
     */
    public static void publish(Path complete, Path file) {
        try {
            link(complete, file);
        } catch (IOException e) {
            throw failure(file, e);
        } finally {
            deleteQuietly(complete);
        }
    }

    /** Removes a temporary copy that will not be published. */
    public static void discard(Path temporary) {
        deleteQuietly(temporary);
    }

    private static void link(Path complete, Path file) throws IOException {
        try {
            // A hard link publishes the complete file atomically and, unlike a rename, never replaces
            // one; the directory is synced after it, so the name survives a power loss too.
            FilePublisher.installed().publish(complete, file);
        } catch (FileAlreadyExistsException e) {
            throw exists(file);
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
                file + " already exists; it is never overwritten: choose another name or move it away");
    }

    private static StoreException failure(Path file, IOException e) {
        String message = String.valueOf(e.getMessage());
        boolean full = message.contains("No space left") || message.contains("Disk quota");
        return new StoreException(full ? ReasonCode.STORAGE_FULL : ReasonCode.STORE_UNAVAILABLE,
                "cannot write " + file + ": " + message + " (nothing was left under that name)", e);
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
