package io.runledger.storage.sql.jdbc;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditLevel;
import io.runledger.storage.api.CanonicalJson;
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
 * {@link AuditEventEntity}.
 */
public final class AuditEventRows {
    static final TableColumns COLUMNS = TableColumns.of("audit_log",
            "event_id", "ts", "level", "run_id", "scope", "event", "message", "data");

    private AuditEventRows() {
    }

    /** The event whose columns start at {@code first}. */
    static AuditEvent read(ResultSet rows, int first) throws SQLException {
        return new AuditEvent(new EventId(rows.getString(first)), JdbcValues.instant(rows, first + 1).orElseThrow(),
                JdbcValues.wire(rows.getString(first + 2), AuditLevel::fromWire, "audit level"),
                Optional.ofNullable(rows.getString(first + 3)).map(RunId::new), rows.getString(first + 4),
                rows.getString(first + 5), rows.getString(first + 6), new CanonicalJson(rows.getString(first + 7)));
    }

    /** Binds the event's columns to parameters 1… of {@link TableColumns#insert()}. */
    static void bind(PreparedStatement statement, AuditEvent event) throws SQLException {
        statement.setString(1, event.eventId().value());
        JdbcValues.bindInstant(statement, 2, event.ts());
        statement.setString(3, event.level().wireName());
        JdbcValues.bindText(statement, 4, event.runId().map(RunId::value));
        statement.setString(5, event.scope());
        statement.setString(6, event.event());
        statement.setString(7, event.message());
        statement.setString(8, event.data().text());
    }

    public static AuditEventEntity entity(AuditEvent event) {
        return new AuditEventEntity(event.eventId().value(), event.ts(), event.level().wireName(),
                event.runId().map(RunId::value).orElse(null), event.scope(), event.event(), event.message(),
                event.data().text());
    }

    public static AuditEvent event(AuditEventEntity row) {
        return new AuditEvent(new EventId(row.eventId()), row.ts(), JdbcValues.wire(row.level(), AuditLevel::fromWire, "audit level"),
                Optional.ofNullable(row.runId()).map(RunId::new), row.scope(), row.event(), row.message(),
                new CanonicalJson(row.data()));
    }
}
