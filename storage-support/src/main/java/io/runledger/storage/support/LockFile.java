package io.runledger.storage.support;

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
 * An exclusive OS lock on a lock file beside a store, which names its holder: the holder writes who it
 * is (pid, host, since) into the file, so that a refused process, and {@code doctor}, can say who
 * holds it. The OS drops the lock when the process dies, even by SIGKILL. The file itself stays
 * (deleting it would race with a process about to lock it); a holder line left by a dead process is
 * ignored, because only a locked file has a holder.
 *
 * <p>POSIX record locks belong to the process and are dropped when <em>any</em> descriptor of the file
 * is closed, and {@link FileChannel#tryLock()} throws {@link OverlappingFileLockException} when another
 * channel of this JVM holds it. So this JVM never opens a lock file it already holds (held locks are
 * remembered in {@link #HELD}, and every open of a lock file happens under that map's monitor), and a
 * lock held by other code of this JVM counts as held by someone else. Paths are made absolute and
 * normalised first, so that two spellings of one file are one lock.
 */
public final class LockFile implements AutoCloseable {
    private static final Map<Path, LockFile> HELD = new HashMap<>();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final String holder;

    private LockFile(Path file, FileChannel channel, FileLock lock, String holder) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.holder = holder;
    }

    /**
     * Takes the lock on {@code lockFile} (creating the file if need be), waiting at most
     * {@code timeoutMillis} whether the holder is another process or another thread of this one; then
     * raises {@link ReasonCode#STORE_LOCKED}: "{@code inUse} (held by …): the lock file … stayed locked
     * for … ms; retry …". A file-system failure is {@link ReasonCode#STORAGE_FULL} or
     * {@link ReasonCode#STORE_UNAVAILABLE} ({@link FileFailures}).
     *
     * @param inUse what a refused caller is told is going on, e.g. "another process is migrating this store"
     */
    public static LockFile acquire(Path lockFile, long timeoutMillis, String inUse) {
        Path file = normalised(lockFile);
        try {
            Optional<LockFile> taken = LockWait.upTo(timeoutMillis, () -> tryAcquire(file));
            if (taken.isPresent()) {
                return taken.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw FileFailures.translate("lock " + file, e);
        }
        throw new StoreException(ReasonCode.STORE_LOCKED, inUse + " (" + holder(file).orElse("it has just finished")
                + "): the lock file " + file + " stayed locked for " + timeoutMillis
                + " ms; retry when it has finished, or stop it");
    }

    /** Who holds the lock now ("held by …"), if anyone; looks without waiting and creates nothing. */
    public static Optional<String> holder(Path lockFile) {
        Path file = normalised(lockFile);
        synchronized (HELD) {
            LockFile mine = HELD.get(file);
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

    private static Optional<LockFile> tryAcquire(Path file) throws IOException {
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
                LockFile held = new LockFile(file, channel, lock, describeThisProcess());
                sayWhoHolds(channel, held.holder);
                HELD.put(file, held);
                return Optional.of(held);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        }
    }

    /** Null when another process, or other code of this JVM, holds the lock. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldElsewhereInThisProcess) {
            return null;
        }
    }

    /**
     * Writes the holder's name into the lock file and forces it to disk, so that it names the holder
     * after a crash of the machine too. Only a courtesy for refused processes and doctor: on a full
     * disk the lock is still held (and the store still readable) without it.
     */
    private static void sayWhoHolds(FileChannel channel, String holder) {
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((holder + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
        } catch (IOException e) {
            try {
                channel.truncate(0);
            } catch (IOException ignored) {
                // a holder that wrote nothing reads as "a process that has not said who it is"
            }
        }
    }

    private static Path normalised(Path lockFile) {
        return lockFile.toAbsolutePath().normalize();
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

    /** Releases the lock and clears the holder line; a second close does nothing. */
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

    @Override
    public String toString() {
        return "lock on " + file + " (" + holder + ")";
    }
}
