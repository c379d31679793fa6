package io.runledger.storage.sql.jdbc;

import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.ChainedEvent;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The row mapping of {@code audit_chain_head}, the one row that holds the audit chain's last position,
 * and the reads of the chain in {@code seq} order. An append moves the row in its transaction, which
 * holds the row's lock from there to its commit (so that appends from several processes queue there and
 * each continues the chain the previous one left): with one conditional update when it knows the head
 * ({@link #move}), else by claiming the row ({@link #claim}, with the database's row lock where there
 * is one), extending the chain in Java and updating it ({@link #advance}).
 */
public final class AuditChainHead {
    private static final String TABLE = "audit_chain_head";
    /**
     * The update that moves the head from a known position ({@link #bindMove}): it matches no row when
     * another writer has moved the head since, and otherwise holds the row's lock until the transaction ends.
     */
    public static final String MOVE = "UPDATE " + TABLE + " SET seq = ?, chain = ? WHERE id = 1 AND seq = ? AND chain = ?";

    private AuditChainHead() {
    }

    /**
     * The head, read inside the caller's write transaction; {@code rowLock} (e.g. {@code FOR UPDATE})
     * keeps other writers of the chain waiting until this transaction ends.
     */
    public static ChainLink claim(Connection connection, Optional<String> rowLock) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement("SELECT seq, chain FROM " + TABLE + " WHERE id = 1"
                + rowLock.map(lock -> " " + lock).orElse(""));
             ResultSet row = read.executeQuery()) {
            if (!row.next()) {
                throw new StoreException(ReasonCode.STORE_CORRUPT, "the audit chain's head row (" + TABLE
                        + ") is missing; see `runledger db check`");
            }
            return new ChainLink(row.getLong(1), row.getString(2));
        }
    }

    /** The head as a read sees it, without a lock. */
    public static ChainLink read(Connection connection) throws SQLException {
        return claim(connection, Optional.empty());
    }

    /** Moves the head (claimed in this transaction) to {@code head}. */
    public static void advance(Connection connection, ChainLink head) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + TABLE + " SET seq = ?, chain = ? WHERE id = 1")) {
            update.setLong(1, head.seq());
            update.setString(2, head.chain());
            if (update.executeUpdate() != 1) {
                throw new StoreException(ReasonCode.STORE_CORRUPT, "the audit chain's head row (" + TABLE
                        + ") is missing; see `runledger db check`");
            }
        }
    }

    /**
     * Moves the head from {@code from} to {@code head} if it is still at {@code from}, locking the row
     * as {@link #claim} does; false, and nothing changed, when another writer has moved it since.
     */
    public static boolean move(Connection connection, ChainLink from, ChainLink head) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(MOVE)) {
            bindMove(update, 1, from, head);
            return update.executeUpdate() == 1;
        }
    }

    /**
     * Binds {@link #MOVE}'s four parameters, from parameter {@code first} on, to move the head from
     * {@code from} to {@code head}; returns the number of the next parameter.
     */
    public static int bindMove(PreparedStatement statement, int first, ChainLink from, ChainLink head) throws SQLException {
        statement.setLong(first, head.seq());
        statement.setString(first + 1, head.chain());
        statement.setLong(first + 2, from.seq());
        statement.setString(first + 3, from.chain());
        return first + 4;
    }

    /** Writes the head row of a store that has none yet (the migration that brings the chain). */
    public static void start(Connection connection, ChainLink head) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE + " (id, seq, chain) VALUES (1, ?, ?)")) {
            insert.setLong(1, head.seq());
            insert.setString(2, head.chain());
            insert.executeUpdate();
        }
    }

    /** At most {@code limit} events with positions above {@code seq}, in {@code seq} order. */
    public static List<ChainedEvent> after(Connection connection, long seq, int limit) throws SQLException {
        return after(connection, seq, limit, ColumnReader::of);
    }

    /** As above, each row read through {@code columns} (e.g. {@link ColumnReader#ofUtf8Bytes}). */
    public static List<ChainedEvent> after(Connection connection, long seq, int limit, Function<ResultSet, ColumnReader> columns)
            throws SQLException {
        List<ChainedEvent> events = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + AuditEventRows.COLUMNS.list("")
                + " FROM audit_log WHERE seq > ? ORDER BY seq")) {
            query.setLong(1, seq);
            query.setMaxRows(limit);
            query.setFetchSize(Math.min(limit, 1_000));
            try (ResultSet rows = query.executeQuery()) {
                ColumnReader row = columns.apply(rows);
                while (rows.next()) {
                    events.add(AuditEventRows.readChained(row, 1));
                }
            }
        }
        return events;
    }
}
