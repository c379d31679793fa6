package io.runledger.storage.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Gives a store's id columns the ICU collation {@code en-US-x-icu}, as a database created with an
 * {@code en_US} locale would have them. PostgreSQL 14 (the embedded server) cannot make ICU a
 * database's default collation, and test machines need not have the libc {@code en_US} locale, so
 * the columns get it one by one after the shared migrations created them; the store's queries then
 * meet exactly the ordering a language-collated database would give them.
 */
public final class LanguageCollation {
    /** A collation that sorts {@code a-b}, {@code a_b}, {@code a.b}, {@code A}, {@code B} unlike bytes do. */
    public static final String EN_US = "\"en-US-x-icu\"";

    private static final List<String> ID_COLUMNS = List.of(
            "runs.run_id", "run_labels.run_id", "run_labels.name", "run_steps.run_id", "run_steps.step_id",
            "audit_log.event_id", "audit_log.run_id");

    private LanguageCollation() {
    }

    /** Applies {@link #EN_US} to every id column of the store in {@code database}'s public schema. */
    public static void applyTo(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String column : ID_COLUMNS) {
                String[] parts = column.split("\\.");
                String type = parts[1].equals("name") ? "TEXT" : "VARCHAR(128)";
                statement.execute("ALTER TABLE " + parts[0] + " ALTER COLUMN " + parts[1] + " TYPE " + type
                        + " COLLATE " + EN_US);
            }
        }
    }
}
