package io.runledger.storage.api;

import java.util.Iterator;
import java.util.function.Consumer;

/** The whole content of a store as one stream of records, for export, import and transfer. */
public interface StoreContents {
    /**
     * Streams every record in canonical order — runs by run id, then steps by run id and step id,
     * then audit events by event id — from one consistent snapshot, holding only a bounded number of
     * records in memory.
     */
    void exportTo(Consumer<LedgerRecord> sink);

    /**
     * Loads records, already in canonical order, into an empty store as one unit: either all of them
     * become visible or none does. Raises {@link ReasonCode#STATE_MIGRATION_TARGET_EXISTS} if the store
     * holds anything. Returns the number of records loaded.
     */
    long importFrom(Iterator<LedgerRecord> records);

    /**
     * Replaces the whole content of the store with {@code records} (already in canonical order) as one
     * unit, for a restore that was asked to replace the store: either the old content stays (the
     * import failed, or the process died) or all the new records are visible, never a mix. Every
     * other writer waits until it is done. Returns the number of records loaded. Raises what
     * {@link #importFrom} raises, except {@link ReasonCode#STATE_MIGRATION_TARGET_EXISTS}; contents
     * that cannot be written (a store read as migrated) raise {@link ReasonCode#INTERNAL_ERROR}.
     */
    default long replaceWith(Iterator<LedgerRecord> records) {
        throw new StoreException(ReasonCode.INTERNAL_ERROR, "these contents cannot be replaced");
    }

    /** True when the store holds no run, step or audit event. */
    boolean isEmpty();
}
