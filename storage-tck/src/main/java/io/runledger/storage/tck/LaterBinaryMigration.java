package io.runledger.storage.tck;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StorageProvider;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.StoreSpec;
import java.time.Duration;

/**
 * What the main class of {@link SqlSchemaFixture#laterBinaryChild()} does: migrates a store with a
 * later binary's provider, again while the store is locked, as an operator runs {@code db migrate}
 * again after {@code store_locked}. On SQLite a migration loses its transaction to a writer that
 * commits between its read and its first write, so beside a busy writer the first attempt may fail.
 */
public final class LaterBinaryMigration {
    private static final Duration DEADLINE = Duration.ofMinutes(1);

    private LaterBinaryMigration() {
    }

    /** Migrates the store at {@code spec} with {@code later}, retrying on {@code store_locked} for up to a minute. */
    public static void run(StorageProvider later, StoreSpec spec) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (true) {
            try (StoreAdmin admin = later.admin(spec)) {
                admin.migrate(false);
                return;
            } catch (StoreException e) {
                if (e.reason() != ReasonCode.STORE_LOCKED || System.nanoTime() - deadline > 0) {
                    throw e;
                }
            }
        }
    }
}
