package io.runledger.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

/** SQLite stores for the CLI contracts. */
final class SqliteCliFixture extends FileBackendFixture {
    SqliteCliFixture(Path dir) {
        super(dir, "state.sqlite");
    }

    @Override
    public String backend() {
        return "sqlite";
    }

    @Override
    public String persistenceMode() {
        return "wal";
    }

    /**
     * A read may leave the WAL index files beside the store, but never content in the WAL: an empty
     * {@code -wal} and the {@code -shm} file are not writes.
     */
    @Override
    boolean ignored(Path file) {
        String name = file.getFileName().toString();
        try {
            return name.endsWith("-shm") || name.endsWith("-wal") && Files.size(file) == 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the committed store that the schema 2 release wrote (fixtures/v2-store.sqlite). */
    @Override
    public String storeOfAnEarlierRelease() {
        try (InputStream in = SqliteCliFixture.class.getResourceAsStream("/fixtures/v2-store.sqlite")) {
            return freshLocationHolding(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Test-only shortcut: a later binary would have applied V<version> through Flyway. The sqlite-jdbc
    // driver is on the test path as a runtime dependency of storage-sqlite; closing the only
    // connection checkpoints the WAL, so the main file holds everything afterwards.
    @Override
    public void makeSchemaNewer(String location, int version) {
        execute(location, "insert into flyway_schema_history (installed_rank, version, description, type,"
                + " script, checksum, installed_by, installed_on, execution_time, success)"
                + " values (" + version + ", '" + version + "', 'from the future', 'SQL', 'V" + version
                + "__from_the_future.sql', 0, 'test', CURRENT_TIMESTAMP, 0, 1)");
    }

    // Test-only shortcut: forget the last migration in the history, as a store one version behind looks.
    @Override
    public void forgetLastMigration(String location) {
        execute(location, "delete from flyway_schema_history where installed_rank = "
                + "(select max(installed_rank) from flyway_schema_history)");
    }

    private void execute(String location, String sql) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file(location));
             Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Set<CliCapability> capabilities() {
        return Set.of(CliCapability.NUL_IN_TEXT, CliCapability.MIGRATED_WHILE_OPEN);
    }
}
