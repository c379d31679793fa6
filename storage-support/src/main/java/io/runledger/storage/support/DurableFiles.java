package io.runledger.storage.support;

import io.runledger.storage.api.FilePublisher;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The one home of "publish durably": every file a store, an export or a backup makes appear under a
 * name is complete and synced first, gets the name atomically, and then the directory holding the
 * name is synced (without that last step the name itself may be lost to an OS crash or a power loss,
 * even though the data was synced). Replacing a store file: write a temporary file beside it, sync
 * it, rename it over the target, sync the directory — at every moment either the old or the new file
 * is complete on disk. Publishing a new file: a hard link, which never replaces one. It is also the
 * {@link FilePublisher} the domain finds for exports and backups.
 */
public final class DurableFiles implements FilePublisher {
    /** What writes the content of a file being replaced. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The provider instance ({@link java.util.ServiceLoader} needs a public constructor). */
    public DurableFiles() {
        // no state: every method works on the paths it is given
    }

    /** Replaces {@code target} with what {@code content} writes, through {@code temp}, durably. */
    public static void replace(Path target, Path temp, Content content) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
            content.writeTo(out);
            out.flush();
            channel.force(true);
        } catch (IOException e) {
            // On a full disk the half-written copy would keep the space the next write needs.
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncDirectory(target);
    }

    /** Renames a file within its directory atomically and makes the rename durable. */
    public static void rename(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        syncDirectory(to);
    }

    /** A durable copy (the copy a file store keeps of itself before a schema upgrade). */
    public static void copy(Path from, Path to) throws IOException {
        Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
        try (FileChannel channel = FileChannel.open(to, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        syncDirectory(to);
    }

    /**
     * Gives the complete, synced file {@code complete} the further name {@code name} in the same
     * directory with a hard link, which never replaces a file ({@link java.nio.file.FileAlreadyExistsException}),
     * and makes the name durable. Where the file system has no hard links, {@code complete} is moved
     * to {@code name} instead, which refuses an existing name too.
     */
    public static void link(Path complete, Path name) throws IOException {
        try {
            Files.createLink(name, complete);
        } catch (UnsupportedOperationException e) {
            Files.move(complete, name);
        }
        syncDirectory(name);
    }

    @Override
    public void publish(Path complete, Path name) throws IOException {
        link(complete, name);
    }

    /**
     * Syncs the directory holding {@code name}, so that a name created, renamed or removed there
     * survives a power loss (a no-op where the OS cannot open a directory: Windows).
     */
    private static void syncDirectory(Path name) throws IOException {
        Path directory = name.toAbsolutePath().getParent();
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            if (!System.getProperty("os.name", "").startsWith("Windows")) {
                throw e;
            }
        }
    }
}
