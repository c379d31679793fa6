package io.runledger.storage.sql.ports;

import io.runledger.storage.api.AuditHistory;
import io.runledger.storage.api.AuditPrunes;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.ChainedEvent;
import io.runledger.storage.api.CommittedAudit;
import io.runledger.storage.sql.errors.SqlErrorTranslator;
import io.runledger.storage.sql.jdbc.AuditChainHead;
import io.runledger.storage.sql.jdbc.PruneRows;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.hibernate.jdbc.ReturningWork;

/**
 * {@code StoreAdmin.committedAudit()} of both SQL adapters: the audit chain and the prune records read
 * with plain JDBC on a connection of the admin's (one per read; SQLite's is read-only), so that {@code doctor} and
 * {@code audit head} need neither the ORM nor the writer. The same row mapping as {@link SqlAuditHistory}
 * ({@link AuditChainHead}).
 */
public final class CommittedAuditReads implements AuditHistory {
    private final DataSource connections;
    private final SqlErrorTranslator errors;
    private final String store;

    private CommittedAuditReads(DataSource connections, SqlErrorTranslator errors, String store) {
        this.connections = connections;
        this.errors = errors;
        this.store = store;
    }

    /**
     * The chain of the store behind {@code connections} (whose tables they find unqualified) and its prune
     * records from {@code prunesTable} (schema-qualified where needed); {@code store} names it in errors.
     */
    public static CommittedAudit read(DataSource connections, SqlErrorTranslator errors, String store, String prunesTable) {
        CommittedAuditReads history = new CommittedAuditReads(connections, errors, store);
        AuditPrunes prunes = history.query("read the prune records of " + store, c -> PruneRows.read(c, prunesTable));
        return new CommittedAudit(history, prunes);
    }

    @Override
    public ChainLink head() {
        return query("read the audit chain's head of " + store, AuditChainHead::read);
    }

    @Override
    public List<ChainedEvent> after(long seq, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1 (got " + limit + ")");
        }
        return query("read the audit chain of " + store + " after position " + seq, c -> AuditChainHead.after(c, seq, limit));
    }

    private <T> T query(String action, ReturningWork<T> work) {
        try (Connection connection = connections.getConnection()) {
            return work.execute(connection);
        } catch (SQLException | RuntimeException e) {
            throw errors.translate(action, e);
        }
    }
}
