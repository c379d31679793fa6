package io.runledger.storage.sql.ports;

import io.runledger.storage.sql.errors.CallerFailure;
import io.runledger.storage.sql.errors.SqlErrorTranslator;
import io.runledger.storage.sql.jdbc.BatchedAuditInserts;
import io.runledger.storage.sql.jdbc.ChainedAuditInserts;
import io.runledger.storage.sql.jdbc.IdOrder;
import io.runledger.storage.sql.migration.SchemaWindow;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.Transaction;

/**
 * Units of work in plain JDBC over the row mappings ({@link #write}, {@link #writeExclusive},
 * {@link #readStatements}, {@link #readStatement}), and Hibernate stateless sessions for the audit
 * log's queries ({@link #read}). The session factory is asked for only by a unit of work that opens a
 * session, so a process that runs no audit query never builds it. Writes
 * go through the writer pool, which is also the session factory's own (on SQLite the single writer);
 * reads use a connection of the reader pool, so that readers never queue behind the writer. Every
 * write transaction first checks that the store's schema is still one this binary may write
 * ({@link SchemaWindow}); reads check it at most once a second ({@link ReadWindow}). Every failure
 * leaves as a {@link StoreException}.
 */
public final class SqlSessions {
    /** Rows per JDBC batch for multi-row writes. */
    public static final int BATCH_SIZE = 500;
    /** How often a write that lost a race with a concurrent transaction is run in all. */
    static final int WRITE_ATTEMPTS = 5;

    private final Supplier<SessionFactory> factory;
    private final DataSource writers;
    private final DataSource readers;
    private final SqlErrorTranslator errors;
    private final Optional<String> claimWriteLock;
    private final List<String> claimContents;
    private final SchemaWindow window;
    private final ReadWindow readWindow;
    private final IdOrder idOrder;
    private final ChainedAuditInserts auditInserts;

    /**
     * Sessions over {@code factory} (asked for on the first unit of work that opens a session) and
     * {@code writers} (the factory's connections) for writes and {@code readers}, ordering ids
     * natively, chaining appended audit events in JDBC batches.
     * {@code claimWriteLock}, when present, is a statement run first in every write transaction to
     * take the database's write lock up front (SQLite), so that a write transaction waits for another
     * writer at its start instead of failing later on a lock upgrade. {@code window} is checked next,
     * inside the same transaction: a write to a store migrated beyond this binary's window is refused.
     */
    public SqlSessions(Supplier<SessionFactory> factory, DataSource writers, DataSource readers, SqlErrorTranslator errors,
                       Optional<String> claimWriteLock, SchemaWindow window) {
        this(factory, writers, readers, errors, claimWriteLock, window, IdOrder.NATIVE, List.of(),
                new BatchedAuditInserts(Optional.empty()));
    }

    /**
     * As above, with the form that orders and compares ids in byte order on this database,
     * {@code claimContents}: statements run first in a {@link #writeExclusive} transaction that keep
     * every other writer of the content tables out until it ends (on SQLite {@code claimWriteLock}
     * already does, so there are none), and {@code auditInserts}: how an append writes its chained
     * events and moves the chain's head on this database.
     */
    public SqlSessions(Supplier<SessionFactory> factory, DataSource writers, DataSource readers, SqlErrorTranslator errors,
                       Optional<String> claimWriteLock, SchemaWindow window, IdOrder idOrder,
                       List<String> claimContents, ChainedAuditInserts auditInserts) {
        this.factory = factory;
        this.writers = writers;
        this.readers = readers;
        this.errors = errors;
        this.claimWriteLock = claimWriteLock;
        this.claimContents = List.copyOf(claimContents);
        this.window = window;
        this.readWindow = new ReadWindow(window);
        this.idOrder = idOrder;
        this.auditInserts = auditInserts;
    }

    /** How an append writes its chained audit events and moves the chain's head on this database. */
    ChainedAuditInserts auditInserts() {
        return auditInserts;
    }

    /** The HQL expression ordering and comparing the id at {@code path} in byte order. */
    String id(String path) {
        return idOrder.of(path);
    }

    /** How ids are put in byte order on this database (HQL and SQL forms). */
    IdOrder order() {
        return idOrder;
    }

    /**
     * Runs {@code work} in one write transaction on a writer connection, committed (durable) before
     * this returns. When a concurrent transaction conflicts with it or inserts the same key first
     * (several processes on one server), the whole unit runs again, a bounded number of times:
     * {@code work} must be repeatable, reading what it decides on inside the transaction.
     */
    <T> T write(String action, ConnectionWork<T> work) {
        return retried(action, () -> attempt(action, work));
    }

    private <T> T retried(String action, Supplier<T> once) {
        for (int attempt = 1; ; attempt++) {
            try {
                return once.get();
            } catch (RetryableWrite e) {
                if (attempt >= WRITE_ATTEMPTS) {
                    throw errors.translate(action, e.getCause());
                }
            }
        }
    }

    /**
     * Runs {@code work} in one write transaction, once (an import's stream cannot be repeated), with
     * every other writer kept out from its start to its commit: what it reads first (is the store
     * empty?) still holds when it commits. Another writer waits for it; this one waits for others
     * as long as the database's lock wait allows.
     */
    <T> T writeExclusive(String action, ConnectionWork<T> work) {
        try {
            return attempt(action, connection -> {
                for (String sql : claimContents) {
                    execute(connection, sql);
                }
                return work.execute(connection);
            });
        } catch (RetryableWrite e) {
            throw errors.translate(action, e.getCause());
        }
    }

    /**
     * Runs one attempt of a write: a caller's own failure leaves unchanged, one that running the unit
     * again may cure as a {@link RetryableWrite}, any other as a {@link StoreException}.
     */
    private <T> T attempt(String action, ConnectionWork<T> work) {
        try (Connection connection = writers.getConnection()) {
            return inTransaction(connection, c -> {
                begin(c);
                return work.execute(c);
            });
        } catch (CallerFailure e) {
            throw e.original();
        } catch (SQLException | RuntimeException e) {
            if (errors.retryable(e)) {
                throw new RetryableWrite(e);
            }
            throw errors.translate(action, e);
        }
    }

    /** The start of every write transaction: the write lock where one is claimed up front, then the schema check. */
    private void begin(Connection connection) throws SQLException {
        if (claimWriteLock.isPresent()) {
            execute(connection, claimWriteLock.get());
        }
        window.require(connection);
    }

    /** Runs {@code work} in one read transaction: a consistent snapshot for all its queries. */
    <T> T read(String action, Function<StatelessSession, T> work) {
        try (Connection connection = readers.getConnection();
             StatelessSession session = factory.get().openStatelessSession(connection)) {
            readWindow.require(connection);
            return inTransaction(session, work);
        } catch (CallerFailure e) {
            throw e.original();
        } catch (SQLException | RuntimeException e) {
            throw errors.translate(action, e);
        }
    }

    /**
     * As {@link #read}, in plain JDBC without a Hibernate session: one read transaction on a reader
     * connection, a consistent snapshot for all the statements of {@code work}.
     */
    <T> T readStatements(String action, ConnectionWork<T> work) {
        return readStatement(action, connection -> inTransaction(connection, work));
    }

    /**
     * Runs {@code work} on a reader connection without a transaction of its own (autocommit, no
     * Hibernate session): for a read that is one statement, which sees one snapshot by itself.
     */
    <T> T readStatement(String action, ConnectionWork<T> work) {
        try (Connection connection = readers.getConnection()) {
            readWindow.require(connection);
            return work.execute(connection);
        } catch (CallerFailure e) {
            throw e.original();
        } catch (SQLException | RuntimeException e) {
            throw errors.translate(action, e);
        }
    }

    /** A write that lost a race with a concurrent transaction; carries the original failure. */
    private static final class RetryableWrite extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RetryableWrite(Exception cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    private static <T> T inTransaction(StatelessSession session, Function<StatelessSession, T> work) {
        Transaction transaction = session.beginTransaction();
        try {
            T result = work.apply(session);
            transaction.commit();
            return result;
        } catch (RuntimeException e) {
            rollbackQuietly(transaction, e);
            throw e;
        }
    }

    /** Runs {@code work} in one transaction on {@code connection}: committed before this returns, rolled back if it fails. */
    private static <T> T inTransaction(Connection connection, ConnectionWork<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.execute(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(connection, e);
            throw e;
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void rollbackQuietly(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    private static void rollbackQuietly(Transaction transaction, RuntimeException cause) {
        try {
            if (transaction.isActive()) {
                transaction.rollback();
            }
        } catch (RuntimeException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }
}
