package io.runledger.storage.sqlite;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An OS-level exclusive lock on {@code <database>.lock}, held while migrating: Flyway takes no lock
 * on SQLite, so without it two processes could apply the same migration at once. The holder writes
 * who it is (pid, host, since) into the file, so that a refused migrator can name it. The lock file
 * is left in place (deleting it would race with a process about to lock it).
 *
 * <p>POSIX record locks belong to the process and are dropped when <em>any</em> descriptor of the
 * file is closed, and {@link FileChannel#tryLock()} throws when another thread of this JVM holds the
 * lock. So this JVM never opens a lock file it already holds: held locks are remembered in
 * {@link #HELD}, and every open of a lock file happens under that map's monitor.
 */
final class MigrationLock implements AutoCloseable {
    private static final long POLL_MILLIS = 50;
    private static final Map<Path, MigrationLock> HELD = new HashMap<>();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final String holder;

    private MigrationLock(Path file, FileChannel channel, FileLock lock, String holder) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.holder = holder;
    }

    /**
     * Takes the lock, waiting at most {@code timeoutMillis} (whether the holder is another process or
     * another thread of this one); then raises {@link ReasonCode#STORE_LOCKED} naming the holder.
     */
    static MigrationLock acquire(Path lockFile, long timeoutMillis) {
        Path file = lockFile.toAbsolutePath().normalize();
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        try {
            while (true) {
                Optional<MigrationLock> taken = tryAcquire(file);
                if (taken.isPresent()) {
                    return taken.get();
                }
                if (System.nanoTime() - deadline >= 0) {
                    break;
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new StoreException(ReasonCode.STORE_UNAVAILABLE, "cannot lock " + file + ": " + e.getMessage(), e);
        }
        throw new StoreException(ReasonCode.STORE_LOCKED, "another process is migrating this store ("
                + holder(file).orElse("it has just finished") + "): the lock file " + file + " stayed locked for "
                + timeoutMillis + " ms; retry when it has finished");
    }

    private static Optional<MigrationLock> tryAcquire(Path file) throws IOException {
        synchronized (HELD) {
            if (HELD.containsKey(file)) {
                return Optional.empty();
            }
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            try {
                FileLock lock = tryLock(channel);
                if (lock == null) {
                    channel.close();
                    return Optional.empty();
                }
                MigrationLock held = new MigrationLock(file, channel, lock, describeThisProcess());
                channel.truncate(0);
                channel.write(ByteBuffer.wrap((held.holder + "\n").getBytes(StandardCharsets.UTF_8)), 0);
                channel.force(false);
                HELD.put(file, held);
                return Optional.of(held);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldElsewhereInThisProcess) {
            return null;
        }
    }

    /** Who holds the lock now, if anyone; looks without waiting and creates nothing. */
    static Optional<String> holder(Path lockFile) {
        Path file = lockFile.toAbsolutePath().normalize();
        synchronized (HELD) {
            MigrationLock mine = HELD.get(file);
            if (mine != null) {
                return Optional.of("held by this process: " + mine.holder);
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    lock.release();
                    return Optional.empty();
                }
                ByteBuffer content = ByteBuffer.allocate(512);
                channel.read(content, 0);
                String who = new String(content.array(), 0, content.position(), StandardCharsets.UTF_8).strip();
                return Optional.of("held by " + (who.isEmpty() ? "a process that has not said who it is" : who));
            } catch (NoSuchFileException e) {
                return Optional.empty();
            } catch (IOException e) {
                return Optional.of("holder unknown: " + e.getMessage());
            }
        }
    }

    private static String describeThisProcess() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown host";
        }
        return "pid " + ProcessHandle.current().pid() + " on " + host + " since "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    @Override
    public void close() {
        synchronized (HELD) {
            if (HELD.get(file) != this) {
                return;
            }
            try {
                channel.truncate(0);
                lock.release();
            } catch (IOException ignored) {
                // closing the channel below releases the lock as well
            }
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more can be released
            }
            HELD.remove(file);
        }
    }
}
