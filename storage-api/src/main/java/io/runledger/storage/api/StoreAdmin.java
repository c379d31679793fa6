package io.runledger.storage.api;

import java.util.List;

/**
 * Administration of one store: status, schema migration, checks, maintenance. Obtaining and using a
 * StoreAdmin never creates a store, except {@link #migrate(boolean)} without a dry run.
 */
public interface StoreAdmin extends AutoCloseable {
    /** Where the store stands; never creates or changes anything. */
    StoreStatus status();

    /**
     * Brings the store to this binary's schema head, creating it (parent directories included) when
     * it does not exist. Raises {@link ReasonCode#SCHEMA_NEWER_THAN_BINARY} without writing anything
     * for a store that is ahead of the binary. A dry run reports what would be applied and writes nothing.
     */
    MigrationReport migrate(boolean dryRun);

    /**
     * Diagnostic checks (reachability, integrity, settings) of an existing store, read-only.
     * Raises {@link ReasonCode#STORE_NOT_INITIALIZED} for a store that does not exist.
     */
    List<Check> check();

    /** Reclaims free space; raises {@link ReasonCode#STORE_NOT_INITIALIZED} for a missing store. */
    void vacuum();

    /** Releases every handle; never throws. */
    @Override
    void close();
}
