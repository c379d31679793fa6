package io.runledger.storage.sql.jdbc;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditLevel;
import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.ChainedEvent;
import io.runledger.storage.api.EventId;
import io.runledger.storage.api.RunId;
import io.runledger.storage.sql.entity.AuditEventEntity;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The one row mapping of {@code audit_log}: its columns, a row read from a result set, an event bound
 * to a statement, and the entity for single-record operations. A new column is added here and in
 * {@link AuditEventEntity}. The last two columns are the event's position in the audit chain
 * ({@code seq}, {@code chain}), which every row has from schema 6 on.
 */
public final class AuditEventRows {
    static final TableColumns COLUMNS = TableColumns.of("audit_log",
            "event_id", "ts", "level", "run_id", "scope", "event", "message", "data", "seq", "chain");
    /** The column of {@code seq}, counted from the first column of a row. */
    private static final int SEQ = 8;

    private AuditEventRows() {
    }

    /** The event whose columns start at {@code first}. */
    static AuditEvent read(ResultSet rows, int first) throws SQLException {
        return new AuditEvent(new EventId(rows.getString(first)), JdbcValues.instant(rows, first + 1).orElseThrow(),
                JdbcValues.wire(rows.getString(first + 2), AuditLevel::fromWire, "audit level"),
                Optional.ofNullable(rows.getString(first + 3)).map(RunId::new), rows.getString(first + 4),
                rows.getString(first + 5), rows.getString(first + 6), new CanonicalJson(rows.getString(first + 7)));
    }

    /** The event and its chain position whose columns start at {@code first}. */
    static ChainedEvent readChained(ResultSet rows, int first) throws SQLException {
        return new ChainedEvent(new ChainLink(rows.getLong(first + SEQ), rows.getString(first + SEQ + 1)), read(rows, first));
    }

    /** Binds the event's columns and its chain position to parameters 1… of {@link TableColumns#insert()}. */
    static void bind(PreparedStatement statement, AuditEvent event, ChainLink link) throws SQLException {
        statement.setString(1, event.eventId().value());
        JdbcValues.bindInstant(statement, 2, event.ts());
        statement.setString(3, event.level().wireName());
        JdbcValues.bindText(statement, 4, event.runId().map(RunId::value));
        statement.setString(5, event.scope());
        statement.setString(6, event.event());
        statement.setString(7, event.message());
        statement.setString(8, event.data().text());
        statement.setLong(SEQ + 1, link.seq());
        statement.setString(SEQ + 2, link.chain());
    }

    /** The entity of {@code event} at chain position {@code link}. */
    public static AuditEventEntity entity(AuditEvent event, ChainLink link) {
        return new AuditEventEntity(event.eventId().value(), event.ts(), event.level().wireName(),
                event.runId().map(RunId::value).orElse(null), event.scope(), event.event(), event.message(),
                event.data().text(), link.seq(), link.chain());
    }

    public static AuditEvent event(AuditEventEntity row) {
        return new AuditEvent(new EventId(row.eventId()), row.ts(), JdbcValues.wire(row.level(), AuditLevel::fromWire, "audit level"),
                Optional.ofNullable(row.runId()).map(RunId::new), row.scope(), row.event(), row.message(),
                new CanonicalJson(row.data()));
    }
}
