package io.runledger.storage.sql.jdbc;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditLevel;
import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.ChainedEvent;
import io.runledger.storage.api.EventId;
import io.runledger.storage.api.RunId;
import io.runledger.storage.sql.entity.AuditEventEntity;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The one row mapping of {@code audit_log}: its columns, a row read ({@link ColumnReader}), an event written
 * as a row ({@link ColumnWriter}), and the event of an entity read as a single record. A new column is added here and in
 * {@link AuditEventEntity}. The last two columns are the event's position in the audit chain
 * ({@code seq}, {@code chain}), which every row has from schema 6 on.
 */
public final class AuditEventRows {
    public static final TableColumns COLUMNS = TableColumns.of("audit_log",
            "event_id", "ts", "level", "run_id", "scope", "event", "message", "data", "seq", "chain");
    /** The column of {@code seq}, counted from the first column of a row. */
    private static final int SEQ = 8;

    private AuditEventRows() {
    }

    /** The event whose columns start at {@code first}. */
    public static AuditEvent read(ColumnReader rows, int first) throws SQLException {
        return new AuditEvent(new EventId(rows.text(first)), rows.instant(first + 1).orElseThrow(),
                JdbcValues.wire(rows.text(first + 2), AuditLevel::fromWire, "audit level"),
                Optional.ofNullable(rows.text(first + 3)).map(RunId::new), rows.text(first + 4),
                rows.text(first + 5), rows.text(first + 6), new CanonicalJson(rows.text(first + 7)));
    }

    /** The event and its chain position whose columns start at {@code first}. */
    public static ChainedEvent readChained(ColumnReader rows, int first) throws SQLException {
        return new ChainedEvent(new ChainLink(rows.bigint(first + SEQ).orElseThrow(), rows.text(first + SEQ + 1)),
                read(rows, first));
    }

    /** Writes the event's columns and its chain position as one row, in the order of {@link #COLUMNS}. */
    public static void write(ColumnWriter row, AuditEvent event, ChainLink link) throws SQLException {
        row.text(event.eventId().value());
        row.instant(event.ts());
        row.text(event.level().wireName());
        row.text(event.runId().map(RunId::value));
        row.text(event.scope());
        row.text(event.event());
        row.text(event.message());
        row.text(event.data().text());
        row.bigint(link.seq());
        row.text(link.chain());
        row.endRow();
    }

    public static AuditEvent event(AuditEventEntity row) {
        return new AuditEvent(new EventId(row.eventId()), row.ts(), JdbcValues.wire(row.level(), AuditLevel::fromWire, "audit level"),
                Optional.ofNullable(row.runId()).map(RunId::new), row.scope(), row.event(), row.message(),
                new CanonicalJson(row.data()));
    }
}
