package io.runledger.storage.sqlite;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An OS-level exclusive lock on {@code <database>.lock}, held while migrating: Flyway takes no lock
 * on SQLite, so without it two processes could apply the same migration at once. The lock file is
 * left in place (deleting it would race with a process about to lock it).
 */
final class MigrationLock implements AutoCloseable {
    private static final long POLL_MILLIS = 50;

    private final FileChannel channel;
    private final FileLock lock;

    private MigrationLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, waiting at most {@code timeoutMillis}; then raises {@link ReasonCode#STORE_LOCKED}. */
    static MigrationLock acquire(Path lockFile, long timeoutMillis) {
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StoreException(ReasonCode.STORE_UNAVAILABLE, "cannot open the lock file " + lockFile + ": " + e.getMessage(), e);
        }
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        try {
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    return new MigrationLock(channel, lock);
                }
                if (System.nanoTime() - deadline >= 0) {
                    break;
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException(ReasonCode.STORE_UNAVAILABLE, "cannot lock " + lockFile + ": " + e.getMessage(), e);
        }
        closeQuietly(channel);
        throw new StoreException(ReasonCode.STORE_LOCKED, "another process is migrating this store: the lock file "
                + lockFile + " stayed locked for " + timeoutMillis + " ms; retry when it has finished");
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisProcess) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases the lock as well
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing more can be released
        }
    }
}
