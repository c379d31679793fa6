package io.runledger.storage.sql.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Writes the {@code meta} rows after a migration: {@code schema_version}, {@code app_version} (the
 * binary that last migrated), {@code compatible_floor} (the oldest binary head that may still use the
 * store, see {@link MigrationSet#compatibleFloor()}) and {@code created_at}, which keeps the time
 * the store was first created. A native backup also carries {@code backup_content_hash}, the content
 * hash it was written with ({@link #recordBackupContentHash}).
 */
public final class MetaRows {
    private static final DateTimeFormatter MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    /** The meta row naming the oldest binary head that may still read and write the store. */
    private static final String COMPATIBLE_FLOOR = "compatible_floor";

    /** The meta row in which a native backup records the content hash it was written with. */
    private static final String BACKUP_CONTENT_HASH = "backup_content_hash";

    private MetaRows() {
    }

    /**
     * The content hash recorded in a native backup's {@code meta} when it was written; empty for a
     * backup written before backups recorded one (and for a store that never was a backup).
     */
    public static Optional<String> backupContentHash(Connection connection) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement("SELECT value FROM meta WHERE name = ?")) {
            find.setString(1, BACKUP_CONTENT_HASH);
            try (ResultSet rows = find.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    /**
     * Records {@code contentHash} as the backup's {@code backup_content_hash}, replacing one a copied
     * store carried along, in one transaction on {@code connection}, which writes to the backup file.
     */
    public static void recordBackupContentHash(Connection connection, String contentHash) throws SQLException {
        inOneTransaction(connection, () -> put(connection, BACKUP_CONTENT_HASH, contentHash, true));
    }

    /**
     * The compatibility floor recorded in {@code metaTable} (e.g. {@code meta}, or schema-qualified)
     * for a store whose history says {@code schemaVersion}. Empty when the store records none (made
     * before floors existed), or when the floor is stale: recorded with a {@code schema_version} other
     * than the history's, i.e. whoever applied the later migrations did not record a floor.
     */
    public static OptionalInt compatibleFloor(Connection connection, String metaTable, int schemaVersion)
            throws SQLException {
        OptionalInt recordedFor = number(connection, metaTable, "schema_version");
        if (recordedFor.isEmpty() || recordedFor.getAsInt() != schemaVersion) {
            return OptionalInt.empty();
        }
        return number(connection, metaTable, COMPATIBLE_FLOOR);
    }

    private static OptionalInt number(Connection connection, String metaTable, String name) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement("SELECT value FROM " + metaTable + " WHERE name = ?")) {
            find.setString(1, name);
            try (ResultSet rows = find.executeQuery()) {
                if (!rows.next()) {
                    return OptionalInt.empty();
                }
                try {
                    return OptionalInt.of(Integer.parseInt(rows.getString(1).strip()));
                } catch (NumberFormatException e) {
                    return OptionalInt.empty();
                }
            }
        }
    }

    /** Writes the rows in one transaction on {@code connection}, with the shipped set's floor. */
    public static void write(Connection connection, int schemaVersion, String appVersion, Instant now)
            throws SQLException {
        write(connection, schemaVersion, ShippedMigrations.compatibleFloor(), appVersion, now);
    }

    /** Writes the rows in one transaction on {@code connection}, recording {@code compatibleFloor}. */
    public static void write(Connection connection, int schemaVersion, int compatibleFloor, String appVersion,
                             Instant now) throws SQLException {
        inOneTransaction(connection, () -> {
            claimWriteLock(connection);
            put(connection, "schema_version", Integer.toString(schemaVersion), true);
            put(connection, "app_version", appVersion, true);
            put(connection, COMPATIBLE_FLOOR, Integer.toString(compatibleFloor), true);
            put(connection, "created_at", MICROS.format(now), false);
        });
    }

    private interface Writes {
        void run() throws SQLException;
    }

    private static void inOneTransaction(Connection connection, Writes writes) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            writes.run();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /**
     * Writes first, so that SQLite takes its write lock now, waiting for a running writer, instead of
     * failing busy when a read earlier in the transaction is followed by a writer's commit (WAL mode
     * cannot upgrade such a snapshot). Matches no row; harmless on PostgreSQL.
     */
    private static void claimWriteLock(Connection connection) throws SQLException {
        try (PreparedStatement claim = connection.prepareStatement("UPDATE meta SET value = value WHERE 1 = 0")) {
            claim.executeUpdate();
        }
    }

    private static void put(Connection connection, String name, String value, boolean replace) throws SQLException {
        boolean present;
        try (PreparedStatement find = connection.prepareStatement("SELECT 1 FROM meta WHERE name = ?")) {
            find.setString(1, name);
            try (ResultSet rows = find.executeQuery()) {
                present = rows.next();
            }
        }
        if (present && !replace) {
            return;
        }
        String sql = present ? "UPDATE meta SET value = ? WHERE name = ?" : "INSERT INTO meta (value, name) VALUES (?, ?)";
        try (PreparedStatement write = connection.prepareStatement(sql)) {
            write.setString(1, value);
            write.setString(2, name);
            write.executeUpdate();
        }
    }
}
