package io.runledger.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** SQLite stores for the CLI contracts. */
final class SqliteCliFixture extends FileBackendFixture implements SqlCliFixture {
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

    @Override
    public void execute(String location, String sql) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file(location));
             Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A SQLite backup is a database file: one step's name is changed in place with plain JDBC, nothing else. */
    @Override
    public void editTextInBackup(Path backup) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + backup);
             Statement statement = connection.createStatement()) {
            int changed = statement.executeUpdate("UPDATE run_steps SET name = 'edited ' || name"
                    + " WHERE rowid = (SELECT min(rowid) FROM run_steps)");
            if (changed == 0) {
                throw new IllegalStateException(backup + " holds no step whose name could be edited");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void changeColumnType(String location, String table, String column, String type) {
        rebuild(location, table, "(\\b" + column + "\\s+)[A-Za-z]+(\\(\\d+\\))?", "$1" + type);
    }

    @Override
    public void dropCheckConstraint(String location, String table, String column) {
        rebuild(location, table, ",\\s*CHECK\\s*\\(" + column + " IN \\([^)]*\\)\\)", "");
    }

    /**
     * Rebuilds {@code table} from its CREATE TABLE text with {@code pattern} replaced, keeping its rows
     * and indexes, the way SQLite's documentation says to change a table it cannot alter (foreign keys
     * are off on this plain connection, so the table may be dropped while others refer to it).
     */
    private void rebuild(String location, String table, String pattern, String replacement) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file(location));
             Statement statement = connection.createStatement()) {
            String create;
            List<String> indexes = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT type, sql FROM sqlite_master WHERE tbl_name = '" + table
                    + "' AND sql IS NOT NULL")) {
                create = "";
                while (rows.next()) {
                    if (rows.getString(1).equals("table")) {
                        create = rows.getString(2);
                    } else {
                        indexes.add(rows.getString(2));
                    }
                }
            }
            String changed = create.replaceAll(pattern, replacement);
            if (changed.equals(create)) {
                throw new IllegalStateException(pattern + " is not in " + create);
            }
            connection.setAutoCommit(false);
            statement.executeUpdate(changed.replaceFirst("(?i)CREATE TABLE " + table, "CREATE TABLE rebuilt_" + table));
            statement.executeUpdate("INSERT INTO rebuilt_" + table + " SELECT * FROM " + table);
            statement.executeUpdate("DROP TABLE " + table);
            statement.executeUpdate("ALTER TABLE rebuilt_" + table + " RENAME TO " + table);
            for (String index : indexes) {
                statement.executeUpdate(index);
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Set<CliCapability> capabilities() {
        return Set.of(CliCapability.NUL_IN_TEXT, CliCapability.MIGRATED_WHILE_OPEN);
    }
}
