package io.runledger.storage.postgres;

import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.Step;
import io.runledger.storage.sql.jdbc.AuditEventRows;
import io.runledger.storage.sql.jdbc.ChainPositions;
import io.runledger.storage.sql.jdbc.ContentLoad;
import io.runledger.storage.sql.jdbc.RunLabelRows;
import io.runledger.storage.sql.jdbc.RunRows;
import io.runledger.storage.sql.jdbc.StepRows;
import io.runledger.storage.sql.jdbc.TableColumns;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * An import's rows sent with {@code COPY … FROM STDIN} (text format, {@link CopyText}) on the
 * connection of its transaction, written by the tables' row mappings. Each table collects its rows
 * in a buffer of its own; when they hold {@link #FLUSH_BYTES} together, every buffer is sent, parent
 * tables first (so a foreign key always finds its run), each as one {@code COPY} statement. A piece
 * of about a megabyte is a short statement, so the store session's statement and socket timeouts
 * keep bounding each one (a silent partition still ends in {@code postgres_unavailable}). Memory
 * stays bounded by the buffers.
 */
final class CopyLoad implements ContentLoad {
    static final int FLUSH_BYTES = 1 << 20;

    /** A table with its buffer. */
    private record Table(TableColumns columns, CopyText rows) {
        Table(TableColumns columns) {
            this(columns, new CopyText());
        }
    }

    private final CopyManager copies;
    private final ChainPositions chain;
    private final Table runs = new Table(RunRows.COLUMNS);
    private final Table labels = new Table(RunLabelRows.COLUMNS);
    private final Table steps = new Table(StepRows.COLUMNS);
    private final Table events = new Table(AuditEventRows.COLUMNS);
    private final List<Table> parentsFirst = List.of(runs, labels, steps, events);
    private CopyIn copy;

    /** Loads through {@code copies}; audit events take the next positions of {@code chain}, in the order they arrive. */
    CopyLoad(CopyManager copies, ChainPositions chain) {
        this.copies = copies;
        this.chain = chain;
    }

    /** Adds the record's rows to its table's buffer, sending every buffer once they are full. */
    @Override
    public void add(LedgerRecord record) throws SQLException {
        if (record instanceof Run run) {
            RunRows.write(runs.rows(), run);
            RunLabelRows.write(labels.rows(), run);
        } else if (record instanceof Step step) {
            StepRows.write(steps.rows(), step);
        } else {
            AuditEventRows.write(events.rows(), record.auditEvent().orElseThrow(), chain.next(record));
        }
        if (runs.rows().length() + labels.rows().length() + steps.rows().length() + events.rows().length() >= FLUSH_BYTES) {
            flush();
        }
    }

    /** Sends every buffer that holds rows: all rows added so far are in their tables. */
    @Override
    public void flush() throws SQLException {
        for (Table table : parentsFirst) {
            CopyText rows = table.rows();
            if (rows.length() > 0) {
                copy = copies.copyIn("COPY " + table.columns().table() + " (" + table.columns().list("") + ") FROM STDIN");
                copy.writeToCopy(rows.buffer(), 0, rows.length());
                rows.clear();
                CopyIn ending = copy;
                copy = null;
                ending.endCopy();
            }
        }
    }

    /** Abandons a {@code COPY} still open after a failure, so that the connection can roll back. */
    @Override
    public void close() throws SQLException {
        if (copy != null && copy.isActive()) {
            copy.cancelCopy();
        }
    }
}
