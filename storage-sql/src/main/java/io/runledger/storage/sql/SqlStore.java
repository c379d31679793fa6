package io.runledger.storage.sql;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.runledger.storage.api.AuditHistory;
import io.runledger.storage.api.AuditLog;
import io.runledger.storage.api.AuditRetention;
import io.runledger.storage.api.ConnectionPoolState;
import io.runledger.storage.api.Runs;
import io.runledger.storage.api.Steps;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreContents;
import io.runledger.storage.sql.jdbc.BulkContent;
import io.runledger.storage.sql.ports.SqlAuditHistory;
import io.runledger.storage.sql.ports.SqlAuditLog;
import io.runledger.storage.sql.ports.SqlAuditRetention;
import io.runledger.storage.sql.ports.SqlRuns;
import io.runledger.storage.sql.ports.SqlSessions;
import io.runledger.storage.sql.ports.SqlSteps;
import io.runledger.storage.sql.ports.SqlStoreContents;
import java.util.ArrayList;
import java.util.List;

/**
 * An open relational store: the ports over one {@link SqlSessions}, plus the resources (session
 * factory, pools) it closes, in the order given.
 */
public final class SqlStore implements Store {
    private final Runs runs;
    private final Steps steps;
    private final AuditLog auditLog;
    private final AuditHistory auditHistory;
    private final AuditRetention auditRetention;
    private final StoreContents contents;
    private final List<AutoCloseable> resources;
    private boolean closed;

    /** A store over {@code sessions}; {@code resources} are closed by {@link #close()}, first to last. */
    public SqlStore(SqlSessions sessions, List<AutoCloseable> resources) {
        this(sessions, BulkContent.JDBC, resources);
    }

    /** As above, moving whole contents in bulk as {@code bulk} does it (import, export, transfer). */
    public SqlStore(SqlSessions sessions, BulkContent bulk, List<AutoCloseable> resources) {
        this.runs = new SqlRuns(sessions);
        this.steps = new SqlSteps(sessions);
        this.auditLog = new SqlAuditLog(sessions);
        this.auditHistory = new SqlAuditHistory(sessions);
        this.auditRetention = new SqlAuditRetention(sessions);
        this.contents = new SqlStoreContents(sessions, bulk);
        this.resources = new ArrayList<>(resources);
    }

    @Override
    public Runs runs() {
        return runs;
    }

    @Override
    public Steps steps() {
        return steps;
    }

    @Override
    public AuditLog auditLog() {
        return auditLog;
    }

    @Override
    public AuditHistory auditHistory() {
        return auditHistory;
    }

    @Override
    public AuditRetention auditRetention() {
        return auditRetention;
    }

    @Override
    public StoreContents contents() {
        return contents;
    }

    /** Each HikariCP pool among this store's resources, named as configured (e.g. {@code runledger-sqlite-writer}). */
    @Override
    public List<ConnectionPoolState> connectionPools() {
        List<ConnectionPoolState> pools = new ArrayList<>();
        for (AutoCloseable resource : resources) {
            if (resource instanceof HikariDataSource pool && pool.isRunning()) {
                HikariPoolMXBean bean = pool.getHikariPoolMXBean();
                pools.add(new ConnectionPoolState(pool.getPoolName(), bean.getActiveConnections(), bean.getIdleConnections(),
                        bean.getThreadsAwaitingConnection(), pool.getMaximumPoolSize()));
            }
        }
        return pools;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        closeAll(resources);
    }

    /** Closes each resource, first to last, going on past failures: closing never throws. */
    public static void closeAll(List<? extends AutoCloseable> resources) {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception ignored) {
                // Closing is best effort by contract; a pool that fails to close has nothing left to release.
            }
        }
    }
}
