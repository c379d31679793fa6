package io.runledger.storage.json;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.Timestamps;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
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
 * The single-writer guarantee: an exclusive OS lock on {@code state.json.lock}, held for as long as a
 * store is open (or a migration runs). The holder writes who it is into the file, so that a refused
 * writer and {@code doctor} can name it. The OS drops the lock when the process dies, even by SIGKILL.
 * The file itself stays (deleting it would race with a process about to lock it).
 *
 * <p>POSIX record locks belong to the process and are dropped when <em>any</em> descriptor of the
 * file is closed. So this JVM never opens a lock file it already holds: the locks it holds are
 * remembered in {@link #HELD}, and every open of a lock file happens under that map's monitor.
 */
final class StoreLock implements AutoCloseable {
    private static final long POLL_MILLIS = 50;
    private static final Map<Path, StoreLock> HELD = new HashMap<>();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final String holder;

    private StoreLock(Path file, FileChannel channel, FileLock lock, String holder) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.holder = holder;
    }

    /** Takes the lock, waiting at most {@code timeoutMillis}, then raises {@link ReasonCode#STORE_LOCKED} naming the holder. */
    static StoreLock acquire(Path file, long timeoutMillis) {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        try {
            while (true) {
                Optional<StoreLock> taken = tryAcquire(file);
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
            throw IoFailures.translate("lock " + file, e);
        }
        throw new StoreException(ReasonCode.STORE_LOCKED, "the json store is in use by another writer ("
                + holder(file).orElse("it has just finished") + "): the lock file " + file + " stayed locked for "
                + timeoutMillis + " ms; retry when it has finished, or stop it");
    }

    private static Optional<StoreLock> tryAcquire(Path file) throws IOException {
        synchronized (HELD) {
            if (HELD.containsKey(file)) {
                return Optional.empty();
            }
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            try {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    channel.close();
                    return Optional.empty();
                }
                StoreLock held = new StoreLock(file, channel, lock, describeThisProcess());
                sayWhoHolds(channel, held.holder);
                HELD.put(file, held);
                return Optional.of(held);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        }
    }

    /**
     * Writes the holder's name into the lock file. Only a courtesy for refused writers and doctor: on
     * a full disk the lock is still held (and the store still readable) without it.
     */
    private static void sayWhoHolds(FileChannel channel, String holder) {
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((holder + "\n").getBytes(StandardCharsets.UTF_8)), 0);
        } catch (IOException e) {
            try {
                channel.truncate(0);
            } catch (IOException ignored) {
                // a holder that wrote nothing reads as "a process that has not said who it is"
            }
        }
    }

    /** Who holds the lock now, if anyone; looks without waiting and creates nothing. */
    static Optional<String> holder(Path file) {
        synchronized (HELD) {
            StoreLock mine = HELD.get(file);
            if (mine != null) {
                return Optional.of("held by this process: " + mine.holder);
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                FileLock lock = channel.tryLock();
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
                return Optional.of("unknown: " + e.getMessage());
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
                + Timestamps.format(Instant.now().truncatedTo(ChronoUnit.MICROS));
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
