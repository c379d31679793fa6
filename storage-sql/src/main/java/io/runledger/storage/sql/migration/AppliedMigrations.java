package io.runledger.storage.sql.migration;

import io.runledger.storage.api.Migration;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flywaydb.core.internal.resolver.ChecksumCalculator;

/**
 * The migrations a store's history says were applied, against the files of a migration set: an
 * applied migration whose file this binary ships differently (Flyway's checksum differs), or a version
 * within the set's range that the set does not have, is schema drift. Versions above the set's head
 * belong to a newer binary and are not judged here (see {@code StoreStatus}). The checksum is Flyway's
 * own calculation over the file, so the verdict is the one Flyway's validation would give.
 */
public final class AppliedMigrations {
    private AppliedMigrations() {
    }

    /**
     * One sentence per applied migration that differs from {@code migrations}, naming its file; empty
     * when every applied migration up to the set's head matches. {@code historyTable} is Flyway's history
     * table as {@code connection} names it.
     */
    public static List<String> changed(Connection connection, String historyTable, MigrationSet migrations)
            throws SQLException {
        Map<Integer, Migration> shipped = migrations.migrations().stream()
                .collect(Collectors.toMap(Migration::version, Function.identity()));
        List<String> changes = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version, script, checksum FROM " + historyTable
                     + " WHERE version IS NOT NULL ORDER BY installed_rank")) {
            while (rows.next()) {
                String version = rows.getString(1);
                String script = rows.getString(2);
                int checksum = rows.getInt(3);
                boolean noChecksum = rows.wasNull();
                Optional<Integer> major = major(version);
                if (major.isPresent() && major.get() > migrations.head()) {
                    continue;
                }
                Migration migration = major.filter(v -> version.equals(Integer.toString(v))).map(shipped::get).orElse(null);
                if (migration == null) {
                    changes.add("applied migration " + script + " (version " + version + ") is not one this runledger ships"
                            + " for schema version " + migrations.head() + " or below");
                    continue;
                }
                int expected = checksum(migrations, migration);
                if (noChecksum || checksum != expected) {
                    changes.add("migration " + MigrationSet.fileName(migration) + " was applied with checksum "
                            + (noChecksum ? "none" : Integer.toString(checksum)) + " but this runledger ships it with "
                            + expected + ": the file or the store's history (" + SchemaHistory.TABLE + ") was changed");
                }
            }
        }
        return changes;
    }

    /** Raises {@link ReasonCode#SCHEMA_DRIFT} naming the changed migrations of {@code store}, if any. */
    public static void require(Connection connection, String historyTable, MigrationSet migrations, String store)
            throws SQLException {
        List<String> changes = changed(connection, historyTable, migrations);
        if (!changes.isEmpty()) {
            throw new StoreException(ReasonCode.SCHEMA_DRIFT, "the schema of " + store + " has drifted from what this"
                    + " runledger ships: " + String.join("; ", changes) + "; nothing was migrated; see `runledger db check`"
                    + " and docs/RUNBOOK.md");
        }
    }

    /** Flyway's checksum of the file of {@code migration}, as Flyway records it when applying it. */
    static int checksum(MigrationSet migrations, Migration migration) {
        return ChecksumCalculator.calculate(migrations.resource(migration));
    }

    private static Optional<Integer> major(String version) {
        try {
            int dot = version.indexOf('.');
            return Optional.of(Integer.parseInt(dot < 0 ? version : version.substring(0, dot)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
