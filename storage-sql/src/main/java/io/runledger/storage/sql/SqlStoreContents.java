package io.runledger.storage.sql;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.Step;
import io.runledger.storage.api.StoreContents;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.sql.entity.AuditEventEntity;
import io.runledger.storage.sql.entity.RunEntity;
import io.runledger.storage.sql.entity.RunLabelEntity;
import io.runledger.storage.sql.entity.StepEntity;
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.ScrollMode;
import org.hibernate.ScrollableResults;
import org.hibernate.StatelessSession;

/**
 * {@link StoreContents}: export scrolls forward-only cursors inside one read transaction (one
 * snapshot, bounded memory); import is one write transaction inserting in JDBC batches.
 */
final class SqlStoreContents implements StoreContents {
    private static final int FETCH_SIZE = 500;

    private final SqlSessions sessions;

    SqlStoreContents(SqlSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void exportTo(Consumer<LedgerRecord> sink) {
        sessions.read("export the store", session -> {
            try (ScrollableResults<RunEntity> runs = scroll(session,
                    "from RunEntity r order by " + sessions.id("r.runId"), RunEntity.class);
                 ScrollableResults<RunLabelEntity> labels = scroll(session,
                         "from RunLabelEntity l order by " + sessions.id("l.runId") + ", l.name", RunLabelEntity.class)) {
                LabelCursor cursor = new LabelCursor(labels);
                drain(runs, row -> Rows.run(row, cursor.labelsOf(row.runId())), sink);
            }
            try (ScrollableResults<StepEntity> steps = scroll(session,
                    "from StepEntity s order by " + sessions.id("s.runId") + ", " + sessions.id("s.stepId"), StepEntity.class)) {
                drain(steps, Rows::step, sink);
            }
            try (ScrollableResults<AuditEventEntity> events = scroll(session,
                    "from AuditEventEntity a order by " + sessions.id("a.eventId"), AuditEventEntity.class)) {
                drain(events, Rows::event, sink);
            }
            return null;
        });
    }

    @Override
    public long importFrom(Iterator<LedgerRecord> records) {
        return sessions.writeOnce("import into the store", session -> {
            if (!isEmpty(session)) {
                throw new StoreException(ReasonCode.STATE_MIGRATION_TARGET_EXISTS,
                        "the target store is not empty; an import goes only into an empty store (nothing was written)");
            }
            long count = 0;
            while (hasNext(records)) {
                insert(session, next(records));
                count++;
            }
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

    private static void insert(StatelessSession session, LedgerRecord record) {
        if (record instanceof Run run) {
            session.insert(Rows.entity(run));
            Rows.labels(run).forEach(session::insert);
        } else if (record instanceof Step step) {
            session.insert(Rows.entity(step));
        } else if (record instanceof AuditEvent event) {
            session.insert(Rows.entity(event));
        }
    }

    private static <E> ScrollableResults<E> scroll(StatelessSession session, String hql, Class<E> type) {
        return session.createSelectionQuery(hql, type).setFetchSize(FETCH_SIZE).scroll(ScrollMode.FORWARD_ONLY);
    }

    private static <E> void drain(ScrollableResults<E> rows, Function<E, LedgerRecord> convert,
                                  Consumer<LedgerRecord> sink) {
        while (rows.next()) {
            LedgerRecord record = convert.apply(rows.get());
            try {
                sink.accept(record);
            } catch (RuntimeException e) {
                throw new CallerFailure(e);
            }
        }
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
