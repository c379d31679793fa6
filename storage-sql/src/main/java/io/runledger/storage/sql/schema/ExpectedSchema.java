package io.runledger.storage.sql.schema;

import io.runledger.storage.api.Migration;
import io.runledger.storage.sql.migration.MigrationSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Builds the schema a store at one version should have, from the migration files themselves rather
 * than from a list written beside them that could disagree: the set's scripts up to that version are
 * run, in order, on a scratch place the backend provides (an in-memory SQLite database; a PostgreSQL
 * schema inside a transaction that is rolled back). New migrations therefore need no change here.
 */
public final class ExpectedSchema {
    private ExpectedSchema() {
    }

    /**
     * Runs every script of {@code migrations} up to {@code version} on {@code scratch}, where the
     * unqualified names of the scripts must land in the scratch place. Each script is sent whole: both
     * drivers run a script of several statements.
     */
    public static void build(Connection scratch, MigrationSet migrations, int version) throws SQLException {
        try (Statement statement = scratch.createStatement()) {
            for (Migration migration : migrations.migrations()) {
                if (migration.version() <= version) {
                    statement.executeUpdate(migrations.script(migration));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
