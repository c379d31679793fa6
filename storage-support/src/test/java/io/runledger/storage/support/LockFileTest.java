package io.runledger.storage.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One holder at a time, named to whoever is refused; a line left by a dead holder means nothing. */
class LockFileTest {
    private static final String IN_USE = "the store is in use";

    @TempDir
    Path dir;

    @Test
    void aSecondHolderWaitsBoundedThenIsStoreLockedAndGetsTheLockOnceReleased() throws Exception {
        Path file = dir.resolve("store.lock");
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            LockFile first = LockFile.acquire(file, 1_000, IN_USE);
            long start = System.nanoTime();
            StoreException refused = other.submit(() -> assertThrows(StoreException.class,
                    () -> LockFile.acquire(file, 300, IN_USE))).get();
            long waitedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertEquals(ReasonCode.STORE_LOCKED, refused.reason());
            assertTrue(waitedMs >= 250, "waited " + waitedMs + " ms");
            assertTrue(LockFile.holder(file).orElseThrow().startsWith("held by this process: pid "),
                    "the refused attempt must not drop the held lock");

            CountDownLatch trying = new CountDownLatch(1);
            Future<LockFile> second = other.submit(() -> {
                trying.countDown();
                return LockFile.acquire(file, 30_000, IN_USE);
            });
            assertTrue(trying.await(10, TimeUnit.SECONDS), "the second holder started trying");
            first.close();
            try (LockFile taken = second.get(30, TimeUnit.SECONDS)) {
                assertTrue(LockFile.holder(file).orElseThrow().startsWith("held by this process"), taken.toString());
            }
            assertTrue(LockFile.holder(file).isEmpty());
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void theRefusalNamesTheHolderAndTheLockFile() throws Exception {
        Path file = dir.resolve("store.lock");
        try (LockFile held = LockFile.acquire(file, 1_000, IN_USE)) {
            assertTrue(Files.readString(file).startsWith("pid " + ProcessHandle.current().pid() + " on "),
                    "the holder line is on disk: " + held);
            StoreException refused = assertThrows(StoreException.class, () -> LockFile.acquire(file, 100, IN_USE));
            assertTrue(refused.getMessage().startsWith(IN_USE + " (held by this process: pid "
                    + ProcessHandle.current().pid() + " on "), refused.getMessage());
            assertTrue(refused.getMessage().contains(" since "), refused.getMessage());
            assertTrue(refused.getMessage().contains("the lock file " + file + " stayed locked for 100 ms"),
                    refused.getMessage());
        }
        assertEquals("", Files.readString(file), "a released lock names no holder");
    }

    @Test
    void aLockHeldByOtherCodeOfThisJvmIsStoreLockedNamingItsLine() throws Exception {
        Path file = dir.resolve("store.lock");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock foreign = channel.lock()) {
            channel.write(ByteBuffer.wrap("pid 4242 on build-host since 2026-11-21T17:00:00Z\n"
                    .getBytes(StandardCharsets.UTF_8)), 0);

            StoreException refused = assertThrows(StoreException.class, () -> LockFile.acquire(file, 100, IN_USE));

            assertEquals(ReasonCode.STORE_LOCKED, refused.reason());
            assertTrue(refused.getMessage().contains("(held by pid 4242 on build-host since 2026-11-21T17:00:00Z)"),
                    refused.getMessage() + " " + foreign);
            assertEquals("held by pid 4242 on build-host since 2026-11-21T17:00:00Z", LockFile.holder(file).orElseThrow());
        }
    }

    @Test
    void aHolderLineLeftByADeadHolderIsIgnoredAndReplaced() throws Exception {
        Path file = dir.resolve("store.lock");
        Files.writeString(file, "pid 1 on a-host-that-crashed since 2020-01-01T00:00:00Z and a long tail\n");

        assertTrue(LockFile.holder(file).isEmpty(), "an unlocked file has no holder, whatever it says");
        try (LockFile held = LockFile.acquire(file, 100, IN_USE)) {
            String line = Files.readString(file);
            assertTrue(line.startsWith("pid " + ProcessHandle.current().pid() + " on ") && !line.contains("crashed"),
                    line + " " + held);
        }
    }

    @Test
    void twoSpellingsOfOnePathAreOneLock() throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        Path plain = dir.resolve("store.lock");
        Path roundabout = dir.resolve("sub").resolve("..").resolve(".").resolve("store.lock");
        try (LockFile held = LockFile.acquire(plain, 1_000, IN_USE)) {
            StoreException refused = assertThrows(StoreException.class, () -> LockFile.acquire(roundabout, 100, IN_USE));
            assertEquals(ReasonCode.STORE_LOCKED, refused.reason());
            assertTrue(refused.getMessage().contains("the lock file " + plain + " "), refused.getMessage());
            assertTrue(LockFile.holder(roundabout).orElseThrow().startsWith("held by this process"), held.toString());
        }
        assertTrue(LockFile.holder(roundabout).isEmpty());
        assertFalse(Files.exists(dir.resolve("sub").resolve("store.lock")));
    }

    @Test
    void nobodyHoldsALockFileThatDoesNotExistAndLookingCreatesNone() {
        Path file = dir.resolve("absent.lock");
        assertTrue(LockFile.holder(file).isEmpty());
        assertFalse(Files.exists(file));
    }
}
