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
 * in a buffer of its own. While rows of several tables are pending (runs and their labels), every
 * buffer is sent once they hold {@link #FLUSH_BYTES} together, parent tables first (so a foreign key
 * always finds its run), each as a {@code COPY} statement of its own. While one table's rows arrive
 * alone (the audit events, most of a store), they go out every {@link #SEND_BYTES} into one
 * {@code COPY} kept open: the server inserts a piece while the next one is rendered, instead of
 * waiting for a whole statement, and the next piece waits only when the server is behind. A
 * statement ends after {@link #STATEMENT_BYTES}, where the client waits for the server's answer
 * within the socket timeout (a silent partition still ends in {@code postgres_unavailable}); the
 * statement timeout is lifted for the import ({@link CopyContent#insert}), since a statement stays open
 * while the source delivers its rows. Memory stays bounded by the buffers.
 */
final class CopyLoad implements ContentLoad {
    static final int FLUSH_BYTES = 1 << 20;
    static final int SEND_BYTES = 64 * 1024;
    static final int STATEMENT_BYTES = 4 << 20;

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
    /** The statement open for {@link #copying}'s rows, if any, and how many bytes it carried. */
    private CopyIn copy;
    private Table copying;
    private long copied;

    /** Loads through {@code copies}; audit events take the next positions of {@code chain}, in the order they arrive. */
    CopyLoad(CopyManager copies, ChainPositions chain) {
        this.copies = copies;
        this.chain = chain;
    }

    /** Adds the record's rows to its table's buffer, sending buffers as the class describes. */
    @Override
    public void add(LedgerRecord record) throws SQLException {
        Table table;
        if (record instanceof Run run) {
            RunRows.write(runs.rows(), run);
            RunLabelRows.write(labels.rows(), run);
            table = runs;
        } else if (record instanceof Step step) {
            StepRows.write(steps.rows(), step);
            table = steps;
        } else {
            AuditEventRows.write(events.rows(), record.auditEvent().orElseThrow(), chain.next(record));
            table = events;
        }
        int pending = runs.rows().length() + labels.rows().length() + steps.rows().length() + events.rows().length();
        if (pending >= FLUSH_BYTES || pending >= SEND_BYTES && pending == table.rows().length()) {
            send();
        }
    }

    /** Sends every buffer that holds rows and ends the statement: all rows added so far are in their tables. */
    @Override
    public void flush() throws SQLException {
        send();
        end();
    }

    /** Abandons a {@code COPY} still open after a failure, so that the connection can roll back. */
    @Override
    public void close() throws SQLException {
        if (copy != null && copy.isActive()) {
            copy.cancelCopy();
        }
    }

    /** Writes every buffer that holds rows, parent tables first, each into a statement for its table. */
    private void send() throws SQLException {
        for (Table table : parentsFirst) {
            CopyText rows = table.rows();
            if (rows.length() > 0) {
                if (copying != table) {
                    end();
                    copy = copies.copyIn("COPY " + table.columns().table() + " (" + table.columns().list("") + ") FROM STDIN");
                    copying = table;
                }
                copy.writeToCopy(rows.buffer(), 0, rows.length());
                copied += rows.length();
                rows.clear();
                if (copied >= STATEMENT_BYTES) {
                    end();
                }
            }
        }
    }

    /** Ends the open statement, if any: the server has inserted its rows once this returns. */
    private void end() throws SQLException {
        if (copy != null) {
            CopyIn ending = copy;
            copy = null;
            copying = null;
            copied = 0;
            ending.endCopy();
        }
    }
}
