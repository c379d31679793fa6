package io.runledger.storage.sql.ports;

import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreContents;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.sql.errors.CallerFailure;
import io.runledger.format.record.AuditChain;
import io.runledger.storage.sql.jdbc.AuditChainHead;
import io.runledger.storage.sql.jdbc.ContentInserts;
import io.runledger.storage.sql.jdbc.ContentScan;
import java.util.Iterator;
import java.util.function.Consumer;
import org.hibernate.StatelessSession;

/**
 * {@link StoreContents}: export reads forward-only cursors inside one read transaction (one
 * snapshot, bounded memory, {@link ContentScan}); import is one write transaction that keeps every
 * other writer out from its "is the store empty?" check to its commit
 * ({@link SqlSessions#writeExclusive}), inserting in plain JDBC batches ({@link ContentInserts}) on
 * the transaction's connection.
 * A replace deletes every row in that same transaction before inserting, so it commits whole or not at all.
 */
public final class SqlStoreContents implements StoreContents {
    private final SqlSessions sessions;

    public SqlStoreContents(SqlSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void exportTo(Consumer<LedgerRecord> sink) {
        sessions.read("export the store", session -> session.doReturningWork(connection -> {
            new ContentScan(connection, sessions.order()).exportTo(sink);
            return null;
        }));
    }

    @Override
    public long importFrom(Iterator<LedgerRecord> records) {
        return sessions.writeExclusive("import into the store", session -> {
            if (!isEmpty(session)) {
                throw new StoreException(ReasonCode.STATE_MIGRATION_TARGET_EXISTS,
                        "the target store is not empty; an import goes only into an empty store (nothing was written)");
            }
            return insert(session, records, false);
        });
    }

    /**
     * Deletes every row and inserts {@code records} in the one exclusive write transaction; the audit
     * chain starts again from the genesis with the new content.
     */
    @Override
    public long replaceWith(Iterator<LedgerRecord> records) {
        return sessions.writeExclusive("replace the store's content", session -> {
            session.doWork(ContentInserts::deleteAll);
            return insert(session, records, true);
        });
    }

    /**
     * Inserts the records, chaining the events in their order after the chain's head (the genesis when
     * {@code restart}), and moves the head. The exclusive claim keeps every appender out meanwhile.
     */
    private static long insert(StatelessSession session, Iterator<LedgerRecord> records, boolean restart) {
        return session.doReturningWork(connection -> {
            AuditChain chain = AuditChain.after(restart ? AuditChain.START : AuditChainHead.read(connection));
            long count = 0;
            try (ContentInserts inserts = new ContentInserts(connection, chain)) {
                while (hasNext(records)) {
                    inserts.add(next(records));
                    count++;
                }
                inserts.flush();
            }
            AuditChainHead.advance(connection, chain.head());
            return count;
        });
    }

    @Override
    public boolean isEmpty() {
        return sessions.read("check whether the store is empty", SqlStoreContents::isEmpty);
    }

    private static boolean isEmpty(StatelessSession session) {
        return absent(session, "select r.runId from RunEntity r")
                && absent(session, "select s.stepId from StepEntity s")
                && absent(session, "select a.eventId from AuditEventEntity a");
    }

    private static boolean absent(StatelessSession session, String hql) {
        return session.createSelectionQuery(hql, String.class).setMaxResults(1).getResultList().isEmpty();
    }

    private static boolean hasNext(Iterator<LedgerRecord> records) {
        try {
            return records.hasNext();
        } catch (RuntimeException e) {
            throw new CallerFailure(e);
        }
    }

    private static LedgerRecord next(Iterator<LedgerRecord> records) {
        try {
            return records.next();
        } catch (RuntimeException e) {
            throw new CallerFailure(e);
        }
    }
}
