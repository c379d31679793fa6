package io.runledger.storage.api;

import java.util.List;
import java.util.Objects;

/**
 * Where a store stands against this binary. {@code schemaVersion} is 0 for a store that does not
 * exist yet; {@code pending} lists the migrations this binary would apply.
 */
public record StoreStatus(String backend, String persistenceMode, String location, boolean initialized,
                          int schemaVersion, int schemaHead, List<Migration> pending) {
    public StoreStatus {
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(persistenceMode, "persistenceMode");
        Objects.requireNonNull(location, "location");
        pending = List.copyOf(pending);
    }

    public boolean newerThanBinary() {
        return schemaVersion > schemaHead;
    }

    public boolean atHead() {
        return initialized && schemaVersion == schemaHead;
    }

    /**
     * The one direction-aware version check: passes only for an initialized store at this binary's
     * head, and otherwise says which way the store is off and what to do about it.
     */
    public void requireAtHead() {
        if (!initialized) {
            throw new StoreException(ReasonCode.STORE_NOT_INITIALIZED, backend + " store at " + location
                    + " is not initialized yet; run `runledger db migrate` to create it");
        }
        if (newerThanBinary()) {
            throw new StoreException(ReasonCode.SCHEMA_NEWER_THAN_BINARY, backend + " store at " + location
                    + " has schema version " + schemaVersion + " but this runledger knows only up to "
                    + schemaHead + "; upgrade runledger or restore a backup (nothing was written)");
        }
        if (schemaVersion < schemaHead) {
            throw new StoreException(ReasonCode.SCHEMA_PENDING, backend + " store at " + location
                    + " has schema version " + schemaVersion + " and this runledger needs " + schemaHead
                    + "; run `runledger db migrate` (consider --backup)");
        }
    }

    /** Refuses a store whose schema is newer than this binary; anything else passes. */
    public void requireNotNewer() {
        if (newerThanBinary()) {
            requireAtHead();
        }
    }
}
