package io.runledger.storage.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.sql.migration.ShippedMigrations;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.StoreSpec;
import io.runledger.storage.api.WriteOutcome;
import io.runledger.storage.tck.Records;
import io.runledger.storage.tck.Reasons;
import io.runledger.testing.postgres.Relay;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A silent partition between Runledger and the server (packets dropped, no RST: {@link Relay#partition()})
 * costs a bounded wait, never a hang: a write and the status {@code GET /health} reads answer
 * {@code postgres_unavailable} within the configured timeouts, the same store writes again once the
 * network is back, and the server drops the migration lock of a migrator it no longer hears from.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SilentPartitionTest {
    /** Small bounds, so that a partition is noticed in seconds (the driver counts socket time in seconds). */
    private static final Map<String, String> SHORT = Map.of("connect_timeout_ms", "1000", "socket_timeout_ms", "2000",
            "statement_timeout_ms", "1000", "lock_lease_ms", "3000");
    /** A partition must cost at most this: socket timeout, plus a connect timeout for a new connection, plus slack. */
    private static final Duration BOUND = Duration.ofSeconds(8);

    private final Databases databases = new Databases();
    private StoreSpec direct;
    private Relay relay;
    private StoreSpec throughRelay;

    @BeforeEach
    void storeBehindARelay() throws Exception {
        direct = databases.fresh(Map.of("lock_timeout_ms", "30000"));
        relay = Relay.to(direct.location());
        throughRelay = new StoreSpec(relay.through(direct.location()), SHORT);
    }

    @AfterEach
    void drop() throws Exception {
        relay.close();
        databases.close();
    }

    @Test
    void aWriteDuringAPartitionIsPostgresUnavailableWithinTheBoundAndTheSameStoreWritesAfterHealing() {
        migrateDirectly();
        try (Store store = Databases.PROVIDER.open(throughRelay)) {
            assertEquals(WriteOutcome.CREATED, store.runs().create(Records.run("before")));

            relay.partition();
            long started = System.nanoTime();
            StoreException failure = Reasons.assertFailsWith(ReasonCode.POSTGRES_UNAVAILABLE,
                    () -> store.runs().create(Records.run("during")));
            Duration waited = Duration.ofNanos(System.nanoTime() - started);
            assertTrue(waited.compareTo(BOUND) < 0, "a write during a partition took " + waited.toMillis() + " ms: " + failure);

            relay.heal();
            assertEquals(WriteOutcome.CREATED, writeWithin(store, Duration.ofSeconds(20)));
            assertTrue(store.runs().find(Records.runId("before")).isPresent());
        }
    }

    @Test
    void aStatusReadDuringAPartitionIsPostgresUnavailableWithinTheBoundAndAnswersAfterHealing() {
        migrateDirectly();
        try (StoreAdmin admin = Databases.PROVIDER.admin(throughRelay)) {
            assertTrue(admin.status().atHead());

            relay.partition();
            for (int i = 0; i < 2; i++) {
                long started = System.nanoTime();
                Reasons.assertFailsWith(ReasonCode.POSTGRES_UNAVAILABLE, admin::status);
                Duration waited = Duration.ofNanos(System.nanoTime() - started);
                assertTrue(waited.compareTo(BOUND) < 0, "a status read during a partition took " + waited.toMillis() + " ms");
            }

            relay.heal();
            assertTrue(admin.status().atHead());
        }
    }

    @Test
    void thePartitionedHolderOfTheMigrationLockLosesItWithinTheLeaseAndAnotherMigratorProceeds() throws Exception {
        PostgresLocation partitionedSide = PostgresLocation.of(throughRelay.location());
        PostgresOptions partitionedOptions = PostgresOptions.from(throughRelay.optionsOf(PostgresStorageProvider.ID));
        AdvisoryLock held = AdvisoryLock.acquire(PostgresConnections.migrations(partitionedSide, partitionedOptions),
                partitionedSide, partitionedOptions);
        try {
            assertTrue(lockHolder().isPresent(), "the first migrator holds the lock before the partition");

            relay.partition();
            long started = System.nanoTime();
            int version;
            try (StoreAdmin other = Databases.PROVIDER.admin(direct)) {
                version = other.migrate(false).toVersion();
            }
            Duration waited = Duration.ofNanos(System.nanoTime() - started);

            assertEquals(ShippedMigrations.head(), version);
            assertTrue(waited.compareTo(Duration.ofMillis(partitionedOptions.lockLeaseMs()).plus(BOUND)) < 0,
                    "the other migrator waited " + waited.toMillis() + " ms for the lock of a partitioned one");
            relay.heal();
        } finally {
            held.close();
        }
    }

    @Test
    void aMigratorThatStaysInTouchKeepsTheLockPastTheLease() throws Exception {
        PostgresLocation location = PostgresLocation.of(throughRelay.location());
        PostgresOptions options = PostgresOptions.from(throughRelay.optionsOf(PostgresStorageProvider.ID));
        AdvisoryLock held = AdvisoryLock.acquire(PostgresConnections.migrations(location, options), location, options);
        try (var looking = databases.connectToLast()) {
            Duration twoLeases = Duration.ofMillis(2 * options.lockLeaseMs());
            Awaitility.await("the lock stays held for two leases").during(twoLeases).atMost(twoLeases.plusSeconds(5))
                    .until(() -> AdvisoryLock.holder(looking, AdvisoryLock.keyOf("public")).isPresent());
        } finally {
            held.close();
        }
        assertTrue(lockHolder().isEmpty(), "closing releases the lock");
    }

    private void migrateDirectly() {
        try (StoreAdmin admin = Databases.PROVIDER.admin(direct)) {
            admin.migrate(false);
        }
    }

    private Optional<String> lockHolder() throws Exception {
        try (var connection = databases.connectToLast()) {
            return AdvisoryLock.holder(connection, AdvisoryLock.keyOf("public"));
        }
    }

    /** Writes one new run, retrying while the pool replaces the connections the partition broke. */
    private static WriteOutcome writeWithin(Store store, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            try {
                return store.runs().create(Records.run("after"));
            } catch (StoreException e) {
                if (e.reason() != ReasonCode.POSTGRES_UNAVAILABLE || System.nanoTime() > deadline) {
                    throw e;
                }
            }
        }
    }
}
