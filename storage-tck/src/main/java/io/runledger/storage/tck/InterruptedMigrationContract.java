package io.runledger.storage.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static io.runledger.storage.tck.TestMigrationFolders.LATER_INDEX;

import io.runledger.storage.api.MigrationReport;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StorageProvider;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreSpec;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A SQL migrator killed with SIGKILL between Flyway's commit and its {@code meta} write, in a child
 * JVM that reports it is at that point (storage-sql's test-only crash point {@code before-meta}).
 * Flyway's history is the truth: it commits each migration together with its history row, while the
 * {@code meta} rows follow in a transaction of their own, so they can lag the history but never lead
 * it. The next migrate finds nothing pending and rewrites {@code meta} from the history.
 */
public abstract class InterruptedMigrationContract extends StoreContract {
    private static final String META = "SELECT name || '=' || value FROM meta WHERE name <> 'created_at' ORDER BY name";
    private static final String CREATED_AT = "SELECT value FROM meta WHERE name = 'created_at'";

    @TempDir
    Path dir;

    @Override
    protected abstract SqlSchemaFixture fixture();

    private SqlSchemaFixture sql() {
        return (SqlSchemaFixture) activeFixture();
    }

    @Test
    void aMigratorKilledBetweenFlywayAndMetaLeavesStaleMetaThatTheNextMigrateRepairsFromTheHistory() {
        StoreSpec spec = createdSpec();
        int head = admin(spec).status().schemaHead();
        int floor = admin(spec).status().compatibleFloor().orElseThrow();
        List<String> createdAt = sql().column(spec, CREATED_AT);
        ChildJvm.killAtCrashPoint(dir, "before-meta", sql().laterBinaryChild(),
                List.of(spec.location(), Integer.toString(LATER_INDEX)));

        StorageProvider later = sql().laterBinary(LATER_INDEX);
        assertEquals(LATER_INDEX, status(later, spec), "Flyway had committed the later version when the child was killed");
        assertEquals(List.of("app_version=unknown", "compatible_floor=" + floor, "schema_version=" + head),
                sql().column(spec, META), "meta still describes the shipped head: the child died before writing it");
        Reasons.assertFailsWith(ReasonCode.SCHEMA_NEWER_THAN_BINARY, () -> provider().open(spec).close());
        assertTrue(repairPending(later, spec), "the status says that meta lags the history");

        MigrationReport repair;
        try (StoreAdmin admin = later.admin(withAppVersion(spec, "later-binary"))) {
            repair = admin.migrate(false);
        }
        assertEquals(List.of(), repair.applied(), "nothing is applied twice");
        assertEquals(List.of("app_version=later-binary", "compatible_floor=" + floor, "schema_version=" + LATER_INDEX),
                sql().column(spec, META), "meta agrees with the history again, with the later floor and the repairing binary's version");
        assertEquals(createdAt, sql().column(spec, CREATED_AT), "the store keeps its creation time");
        assertFalse(repairPending(later, spec), "nothing left to repair");
        try (Store store = provider().open(spec)) {
            store.runs().create(Records.run("r1"));
        }
        assertEquals(LATER_INDEX, status(later, spec), "the floor admits this binary again, and it changed no schema");
    }

    private static int status(StorageProvider provider, StoreSpec spec) {
        try (StoreAdmin admin = provider.admin(spec)) {
            return admin.status().schemaVersion();
        }
    }

    private static boolean repairPending(StorageProvider provider, StoreSpec spec) {
        try (StoreAdmin admin = provider.admin(spec)) {
            return admin.status().repairPending();
        }
    }

    private static StoreSpec withAppVersion(StoreSpec spec, String appVersion) {
        Map<String, String> options = new HashMap<>(spec.options());
        options.put(StoreSpec.APP_VERSION, appVersion);
        return new StoreSpec(spec.location(), options);
    }
}
