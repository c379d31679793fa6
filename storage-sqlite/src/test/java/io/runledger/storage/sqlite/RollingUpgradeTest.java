package io.runledger.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.sql.migration.ShippedMigrations;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreOptions;
import io.runledger.storage.api.StoreSpec;
import io.runledger.storage.tck.Reasons;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store records the oldest binary head that may still use it; this binary (head 3) may use a store
 * a later binary (head 5) migrated only when that floor admits head 3.
 */
class RollingUpgradeTest {
    private static final int HEAD = ShippedMigrations.head();
    private static final int LATER_HEAD = HEAD + 101;

    @TempDir
    Path dir;

    private StoreSpec spec;

    @BeforeEach
    void aStoreAtThisBinarysHead() {
        spec = Samples.spec(dir.resolve("state.sqlite"));
        Samples.PROVIDER.admin(spec).migrate(false);
    }

    @Test
    void migrateRecordsTheCompatibilityFloorOfThisBinarysMigrations() {
        assertEquals(OptionalInt.of(ShippedMigrations.SET.compatibleFloor()), Samples.PROVIDER.admin(spec).status().compatibleFloor());
    }

    @Test
    void aLaterBinarysAdditiveMigrationsLeaveTheStoreUsableByThisOne() throws Exception {
        migratedByALaterBinary(HEAD);

        var status = Samples.PROVIDER.admin(spec).status();
        assertTrue(status.usableByThisOlderBinary(), status.toString());
        try (var store = Samples.PROVIDER.open(spec)) {
            store.runs().create(Samples.run("r1"));
        }
        var report = Samples.PROVIDER.admin(spec).migrate(false);
        assertEquals(0, report.applied().size());
        assertEquals(LATER_HEAD, Samples.PROVIDER.admin(spec).status().schemaVersion());
    }

    @Test
    void aFloorAboveThisBinarysHeadRefusesIt() throws Exception {
        migratedByALaterBinary(HEAD + 1);

        var failure = Reasons.assertFailsWith(ReasonCode.SCHEMA_NEWER_THAN_BINARY, () -> Samples.PROVIDER.open(spec));
        assertTrue(failure.getMessage().contains("schema head " + (HEAD + 1) + " or later"), failure.getMessage());
        Reasons.assertFailsWith(ReasonCode.SCHEMA_NEWER_THAN_BINARY, () -> Samples.PROVIDER.admin(spec).migrate(false));
    }

    @Test
    void noFloorRecordedForTheNewerVersionRefusesIt() throws Exception {
        migratedByALaterBinary(HEAD);
        execute("UPDATE meta SET value = '" + HEAD + "' WHERE name = 'schema_version'");

        Reasons.assertFailsWith(ReasonCode.SCHEMA_NEWER_THAN_BINARY, () -> Samples.PROVIDER.open(spec));
    }

    /**
     * What a later binary whose two versions (far above any shipped head) only add an index and a
     * nullable column leaves behind, recording {@code floor}.
     */
    private void migratedByALaterBinary(int floor) throws Exception {
        execute("CREATE INDEX later_index ON runs (created_at)",
                "ALTER TABLE runs ADD COLUMN later_note TEXT",
                history(LATER_HEAD - 1, "later index"), history(LATER_HEAD, "later note"),
                "UPDATE meta SET value = '" + LATER_HEAD + "' WHERE name = 'schema_version'",
                "UPDATE meta SET value = '" + floor + "' WHERE name = 'compatible_floor'");
    }

    private static String history(int version, String description) {
        return "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                + " installed_by, installed_on, execution_time, success) VALUES (" + (version + 10) + ", '" + version
                + "', '" + description + "', 'SQL', 'V" + version + "__later.sql', 0, 'test', CURRENT_TIMESTAMP, 0, 1)";
    }

    private void execute(String... statements) throws Exception {
        try (Connection connection = SqliteDataSources.writer(SqliteFile.at(spec.location()), SqliteOptions.from(new StoreOptions(SqliteStorageProvider.ID, Map.of())))
                .getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.executeUpdate(sql);
            }
        }
    }
}
