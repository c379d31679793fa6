package io.runledger.storage.api;

/**
 * An open store at this binary's schema head, with its ports. Closing it releases every handle
 * (connections, locks, threads).
 */
public interface Store extends AutoCloseable {
    Runs runs();

    Steps steps();

    AuditLog auditLog();

    /** Pruning the audit log into archives, and the records prunes left. */
    AuditRetention auditRetention();

    StoreContents contents();

    /** Releases every handle; never throws. */
    @Override
    void close();
}
