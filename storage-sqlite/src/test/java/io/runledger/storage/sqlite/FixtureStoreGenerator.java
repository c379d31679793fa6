package io.runledger.storage.sqlite;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.Step;
import io.runledger.storage.api.StoreOptions;
import io.runledger.storage.sql.migration.FlywayMigrator;
import io.runledger.storage.sql.migration.MetaRows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the committed fixture stores; run by hand only (see fixtures/README.md), never in a normal
 * build. Each store is migrated with Flyway to an older version and filled with plain JDBC using
 * only that version's columns, as an older binary would have left it.
 */
@EnabledIfSystemProperty(named = "runledger.writeFixtures", matches = "true")
class FixtureStoreGenerator {
    private static final Instant MADE_AT = Instant.parse("2026-11-21T12:00:00.000000Z");

    @Test
    void writeFixtureStores() throws Exception {
        Path folder = Path.of(System.getProperty("basedir", "."), "src/test/resources/fixtures");
        write(folder.resolve("v1-store.sqlite"), 1);
        write(folder.resolve("v2-store.sqlite"), 2);
    }

    private static void write(Path file, int version) throws SQLException, IOException {
        Files.deleteIfExists(file);
        SqliteFile sqlite = new SqliteFile(file.toAbsolutePath());
        SqliteOptions options = SqliteOptions.from(new StoreOptions(SqliteStorageProvider.ID, Map.of()));
        new FlywayMigrator(SqliteDataSources.writer(sqlite, options)).migrate(version);
        try (Connection connection = SqliteDataSources.writer(sqlite, options).getConnection()) {
            MetaRows.write(connection, version, "fixture-generator", MADE_AT);
            connection.setAutoCommit(false);
            for (Run run : FixtureContent.RUNS) {
                insert(connection, "INSERT INTO runs (run_id, created_at, args, git_sha, config_hash) VALUES (?, ?, ?, ?, ?)",
                        run.runId().value(), micros(run.createdAt()), run.args().text(), run.gitSha().orElse(null),
                        run.configHash().orElse(null));
            }
            for (Step step : FixtureContent.STEPS) {
                insert(connection, "INSERT INTO run_steps (run_id, step_id, name, status, started_at, finished_at, stats)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?)", step.runId().value(), step.stepId().value(), step.name(),
                        step.status().wireName(), step.startedAt().map(FixtureStoreGenerator::micros).orElse(null),
                        step.finishedAt().map(FixtureStoreGenerator::micros).orElse(null), step.stats().text());
            }
            for (AuditEvent event : FixtureContent.EVENTS) {
                insert(connection, "INSERT INTO audit_log (event_id, ts, level, run_id, scope, event, message, data)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", event.eventId().value(), micros(event.ts()),
                        event.level().wireName(), event.runId().map(RunId::value).orElse(null), event.scope(),
                        event.event(), event.message(), event.data().text());
            }
            connection.commit();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
        }
    }

    private static Long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    private static void insert(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    statement.setNull(i + 1, Types.VARCHAR);
                } else {
                    statement.setObject(i + 1, values[i]);
                }
            }
            statement.executeUpdate();
        }
    }
}
