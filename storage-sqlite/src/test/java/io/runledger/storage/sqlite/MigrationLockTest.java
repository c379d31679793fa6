package io.runledger.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.MigrationReport;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Migrations of one file are serialized by an OS lock on {@code <file>.lock}. */
class MigrationLockTest {
    @TempDir
    Path dir;

    @Test
    void migrateWaitsBoundedForTheLockThenRefusesAsStoreLocked() throws Exception {
        Path file = dir.resolve("state.sqlite");
        Path lockFile = dir.resolve("state.sqlite.lock");
        var spec = Samples.spec(file, Map.of("lock_timeout_ms", "300"));

        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            long start = System.nanoTime();
            StoreException e = assertThrows(StoreException.class, () -> Samples.PROVIDER.admin(spec).migrate(false));
            long waitedMs = (System.nanoTime() - start) / 1_000_000;

            assertEquals(ReasonCode.STORE_LOCKED, e.reason());
            assertTrue(e.getMessage().contains(lockFile.toString()), e.getMessage());
            assertTrue(waitedMs >= 250 && waitedMs < 5_000, "waited " + waitedMs + " ms");
            assertFalse(Files.exists(file));
            assertTrue(held.isValid());
        }

        assertEquals(3, Samples.PROVIDER.admin(spec).migrate(false).toVersion());
    }

    @Test
    void concurrentMigrationsApplyEachMigrationOnce() throws Exception {
        var spec = Samples.spec(dir.resolve("state.sqlite"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<MigrationReport>> tasks = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                tasks.add(() -> Samples.PROVIDER.admin(spec).migrate(false));
            }
            int applied = 0;
            for (Future<MigrationReport> report : pool.invokeAll(tasks)) {
                applied += report.get().applied().size();
            }
            assertEquals(3, applied);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(3, Samples.PROVIDER.admin(spec).status().schemaVersion());
    }
}
