package io.runledger.storage.sql.jdbc;

import io.runledger.storage.api.AuditPrune;
import io.runledger.storage.api.AuditPrunes;
import io.runledger.storage.api.ChainLink;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one row mapping of {@code audit_prunes} (V4; its chain anchor {@code last_seq}, {@code last_chain}
 * V8): the records read for the admins' checks (no ORM at status time) and an open store's prune
 * records and chain anchor, and written by a prune and by an import that carries an anchor. Prune
 * records have no entity. A new column is added here.
 */
public final class PruneRows {
    /** The schema version that added the table: a store below it has no prune records. */
    public static final int SINCE_VERSION = 4;
    public static final TableColumns COLUMNS = TableColumns.of("audit_prunes", "prune_id", "pruned_at", "before_ts",
            "first_ts", "last_ts", "event_count", "archive", "archive_hash", "last_seq", "last_chain");
    /** The schema version that added each prune's chain anchor ({@code last_seq}, {@code last_chain}). */
    private static final int ANCHORED_SINCE = 8;
    /** How many of {@link #COLUMNS} a store before {@link #ANCHORED_SINCE} has (all but the anchor). */
    private static final int UNANCHORED_COLUMNS = 8;

    private PruneRows() {
    }

    /**
     * Every prune record of an open store, read on one of its connections (which find its tables
     * unqualified), oldest first: the store is at this binary's schema or a later one, so the records
     * carry their anchors.
     */
    public static AuditPrunes read(Connection connection) throws SQLException {
        return read(connection, COLUMNS.table(), ANCHORED_SINCE);
    }

    /** Every prune record in {@code table} (schema-qualified where needed) of a store at {@code schemaVersion}, oldest first. */
    public static AuditPrunes read(Connection connection, String table, int schemaVersion) throws SQLException {
        List<AuditPrune> prunes = new ArrayList<>();
        boolean anchored = schemaVersion >= ANCHORED_SINCE;
        List<String> columns = anchored ? COLUMNS.names() : COLUMNS.names().subList(0, UNANCHORED_COLUMNS);
        JdbcRows.each(connection, "SELECT " + String.join(", ", columns) + " FROM " + table + " ORDER BY pruned_at, prune_id",
                statement -> { }, row -> prunes.add(read(row, anchored)));
        return new AuditPrunes(prunes);
    }

    /** Whether a prune record with this id exists. */
    public static boolean exists(Connection connection, String pruneId) throws SQLException {
        boolean[] found = {false};
        JdbcRows.each(connection, "SELECT 1 FROM " + COLUMNS.table() + " WHERE prune_id = ?",
                statement -> statement.setString(1, pruneId), row -> found[0] = true);
        return found[0];
    }

    /** Inserts the record's row. */
    public static void insert(Connection connection, AuditPrune prune) throws SQLException {
        StatementColumns.insert(connection, COLUMNS, row -> write(row, prune));
    }

    /**
     * Clears every record's anchor: once a store's content is replaced, its chain starts again from
     * the genesis and no prune record anchors it any more (the records themselves stay).
     */
    public static void unanchorAll(Connection connection) throws SQLException {
        StatementColumns.update(connection, "UPDATE " + COLUMNS.table() + " SET last_seq = NULL, last_chain = NULL",
                parameters -> { });
    }

    /** Writes the record's columns as one row, in the order of {@link #COLUMNS}. */
    static void write(ColumnWriter row, AuditPrune prune) throws SQLException {
        row.text(prune.pruneId());
        row.instant(prune.prunedAt());
        row.instant(prune.before());
        row.instant(prune.firstTs());
        row.instant(prune.lastTs());
        row.bigint(prune.count());
        row.text(prune.archive());
        row.text(prune.archiveHash());
        if (prune.last().isPresent()) {
            row.bigint(prune.last().get().seq());
            row.text(prune.last().get().chain());
        } else {
            row.nullBigint();
            row.nullText();
        }
        row.endRow();
    }

    private static AuditPrune read(ResultSet row, boolean anchored) throws SQLException {
        long seq = anchored ? row.getLong(9) : 0;
        Optional<ChainLink> last = anchored && !row.wasNull() ? Optional.of(new ChainLink(seq, row.getString(10))) : Optional.empty();
        return new AuditPrune(row.getString(1), micros(row, 2), micros(row, 3), micros(row, 4), micros(row, 5),
                row.getLong(6), row.getString(7), row.getString(8), last);
    }

    private static Instant micros(ResultSet rows, int column) throws SQLException {
        return JdbcValues.instant(rows, column).orElseThrow();
    }
}
