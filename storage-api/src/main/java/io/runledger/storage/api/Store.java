package io.runledger.storage.api;

import java.util.List;

/**
 * An open store at this binary's schema head, with its ports. Closing it releases every handle
 * (connections, locks, threads).
 */
public interface Store extends AutoCloseable {
    Runs runs();

    Steps steps();

    AuditLog auditLog();

    /** The audit log in commit order with its hash chain: positions, chains and the head. */
    AuditHistory auditHistory();

    /** Pruning the audit log into archives, and the records prunes left. */
    AuditRetention auditRetention();

    StoreContents contents();

    /** The state of this store's connection pools now, for monitoring; empty for a store without pools. */
    default List<ConnectionPoolState> connectionPools() {
        return List.of();
    }

    /** Releases every handle; never throws. */
    @Override
    void close();
}
