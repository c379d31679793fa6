package io.runledger.storage.tck;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.Migration;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StorageProvider;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

/**
 * What the contracts of one SQL migration share: the fixture's SQL access, and the store of the version
 * before it, whose number is read from the shipped migrations rather than written down, so that a
 * migration added between them later changes nothing here.
 */
public abstract class SqlUpgradeContract extends StoreContract {
    @Override
    protected abstract SqlSchemaFixture fixture();

    protected final SqlSchemaFixture sql() {
        return (SqlSchemaFixture) activeFixture();
    }

    /** The shipped version just below {@code version}, read from a fresh store's pending migrations. */
    protected final int versionBefore(int version) {
        try (StoreAdmin admin = provider().admin(activeFixture().freshSpec())) {
            return admin.status().pending().stream().mapToInt(Migration::version).filter(v -> v < version).max().orElseThrow();
        }
    }

    /**
     * Migrates {@code spec} (a store at the version before {@code version}) to the head while a binary of
     * that previous head has it open, and checks that the floor rises to at least {@code version} and
     * that the running binary's {@code write}, and a new open by it, are refused as newer than it.
     */
    protected final void assertThePreviousBinaryMayNoLongerWrite(StoreSpec spec, int version, Consumer<Store> write) {
        StorageProvider older = sql().binaryWithHead(versionBefore(version));
        try (Store running = older.open(spec)) {
            admin(spec).migrate(false);

            assertTrue(admin(spec).status().compatibleFloor().orElseThrow() >= version, "the floor rises to " + version);
            Reasons.assertFailsWith(ReasonCode.SCHEMA_NEWER_THAN_BINARY, () -> write.accept(running));
        }
        Reasons.assertFailsWith(ReasonCode.SCHEMA_NEWER_THAN_BINARY, () -> older.open(spec).close());
    }

    /** A time as the SQL stores keep it: microseconds since the epoch. */
    protected static long micros(Instant t) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, t);
    }
}
