package io.runledger.cli;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * PostgreSQL stores for the CLI contracts: each fresh location is the JDBC URL of a new, empty
 * database on the test JVM's one server (postgres-harness); closing drops the databases it made.
 */
final class PostgresCliFixture implements SqlCliFixture {
    private final PostgresDatabases databases = new PostgresDatabases();

    @Override
    public String backend() {
        return "postgres";
    }

    @Override
    public String persistenceMode() {
        return "server";
    }

    @Override
    public String freshLocation() {
        return databases.freshUrl();
    }

    /** A copy of the template database that {@code db migrate} brought to the head once in this JVM. */
    @Override
    public Optional<String> migratedCopy() {
        return Optional.of(databases.url(databases.copyOf(databases.template("cli-store-at-head", url -> {
            Cli.Result migrated = new Cli(Path.of(System.getProperty("java.io.tmpdir")))
                    .run("--backend", "postgres", "--state", url, "db", "migrate");
            if (migrated.exitCode() != 0) {
                throw new IllegalStateException(migrated.toString());
            }
        }))));
    }

    /** A table in the public schema. */
    @Override
    public boolean storeExists(String location) {
        return !sql(() -> databases.tables(databases.nameOf(location))).isEmpty();
    }

    @Override
    public List<String> snapshot(String location) {
        return sql(() -> databases.snapshot(databases.nameOf(location)));
    }

    @Override
    public boolean namesLocation(String location, String reported) {
        return reported.startsWith("jdbc:postgresql://");
    }

    /**
     * Test-only shortcut (no binary of schema 2 is at hand here): a store migrated to the head with V5, V4
     * and V3 taken back out by hand, meta saying version 2, and data as schema 2 held it.
     */
    @Override
    public String storeOfAnEarlierRelease() {
        String location = freshLocation();
        Cli.Result migrated = new Cli(Path.of(System.getProperty("java.io.tmpdir")))
                .run("--backend", "postgres", "--state", location, "db", "migrate");
        if (migrated.exitCode() != 0) {
            throw new IllegalStateException(migrated.toString());
        }
        for (String sql : List.of("DELETE FROM flyway_schema_history WHERE version = '8'",
                "DROP INDEX run_labels_stats", "DELETE FROM flyway_schema_history WHERE version = '7'",
                "DROP TABLE audit_chain_head", "DROP INDEX audit_log_seq",
                "ALTER TABLE audit_log DROP COLUMN seq", "ALTER TABLE audit_log DROP COLUMN chain",
                "DELETE FROM flyway_schema_history WHERE version = '6'",
                "DROP INDEX runs_created_at", "DELETE FROM flyway_schema_history WHERE version = '5'",
                "DROP TABLE audit_prunes", "DELETE FROM flyway_schema_history WHERE version = '4'",
                "DROP TABLE run_labels", "ALTER TABLE runs DROP COLUMN status",
                "ALTER TABLE runs DROP COLUMN finished_at", "DELETE FROM flyway_schema_history WHERE version = '3'",
                "UPDATE meta SET value = '2' WHERE name = 'schema_version'", "DELETE FROM meta WHERE name = 'compatible_floor'",
                "INSERT INTO runs (run_id, created_at, args, git_sha, config_hash) VALUES ('run-a', 1763719200000001,"
                        + " '{\"n\":1}', 'abc', NULL), ('run-b', 1763719200123456, '{}', NULL, NULL)",
                "INSERT INTO run_steps (run_id, step_id, name, status, started_at, finished_at, stats) VALUES"
                        + " ('run-a', 's-1', 'build', 'succeeded', 1763719200000001, NULL, '{\"ok\":true}')",
                "INSERT INTO audit_log (event_id, ts, level, run_id, scope, event, message, data) VALUES"
                        + " ('ev-1', 1763719200000001, 'warn', 'run-a', 'deploy', 'started', 'ünïcode 😀', '{}')")) {
            execute(location, sql);
        }
        return location;
    }

    // Test-only shortcut: a later binary would have applied V<version> through Flyway.
    @Override
    public void makeSchemaNewer(String location, int version) {
        execute(location, "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                + " checksum, installed_by, execution_time, success) VALUES (" + version + ", '" + version
                + "', 'from the future', 'SQL', 'V" + version + "__from_the_future.sql', 0, 'test', 1, TRUE)");
    }

    @Override
    public void forgetLastMigration(String location) {
        execute(location, "DELETE FROM flyway_schema_history WHERE installed_rank = "
                + "(SELECT max(installed_rank) FROM flyway_schema_history)");
    }

    /** The harness's databases, for checks that only a server backend has (schemas, tables). */
    PostgresDatabases databases() {
        return databases;
    }

    @Override
    public Set<CliCapability> capabilities() {
        return Set.of(CliCapability.MIGRATED_WHILE_OPEN);
    }

    @Override
    public void close() {
        databases.close();
    }

    @Override
    public String toString() {
        return backend();
    }

    @Override
    public void changeColumnType(String location, String table, String column, String type) {
        execute(location, "ALTER TABLE " + table + " ALTER COLUMN " + column + " TYPE " + type);
    }

    /** PostgreSQL names a column's CHECK constraint {@code <table>_<column>_check}. */
    @Override
    public void dropCheckConstraint(String location, String table, String column) {
        execute(location, "ALTER TABLE " + table + " DROP CONSTRAINT " + table + "_" + column + "_check");
    }

    @Override
    public void execute(String location, String statement) {
        sql(() -> {
            databases.execute(databases.nameOf(location), statement);
            return null;
        });
    }

    private interface Query<T> {
        T run() throws SQLException;
    }

    private static <T> T sql(Query<T> query) {
        try {
            return query.run();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
