package io.runledger.storage.api;

import java.util.Iterator;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The whole content of a store as one stream of records, for export, import and transfer. Audit
 * events stream with their chain positions ({@link ChainedEvent}, SPEC S12), so that a copy keeps the
 * proof; an import takes events with positions (kept as they are) or without (chained after the
 * store's head, as a format version 1 file holds them).
 */
public interface StoreContents {
    /**
     * Streams every record in canonical order — runs by run id, then steps by run id and step id,
     * then audit events by event id, each as a {@link ChainedEvent} — from one consistent snapshot,
     * holding only a bounded number of records in memory.
     */
    void exportTo(Consumer<LedgerRecord> sink);

    /**
     * Where the streamed audit chain starts: the last position the latest anchored prune removed and its
     * chain ({@link AuditHistory#anchor()}), from which the first streamed event links; empty when the
     * chain starts at the genesis. Backends that cannot prune keep the default.
     */
    default Optional<ChainLink> chainAnchor() {
        return Optional.empty();
    }

    /**
     * Loads records, already in canonical order, into an empty store as one unit: either all of them
     * become visible or none does. Raises {@link ReasonCode#STATE_MIGRATION_TARGET_EXISTS} if the store
     * holds anything. Returns the number of records loaded. Events without positions are chained after
     * the store's head.
     */
    default long importFrom(Iterator<LedgerRecord> records) {
        return importFrom(records, Optional.empty());
    }

    /**
     * As {@link #importFrom(Iterator)}, for events that may carry their positions
     * ({@link ChainedEvent}s, whose chain starts after {@code anchor}): the store keeps every event's
     * {@code seq} and {@code chain}, its head becomes the last of them (the anchor when there is none),
     * and the anchor becomes its own (a prune record of the carried anchor). The chain must continue the
     * store's: a store whose head is past the genesis (every event it held was pruned) takes positioned
     * events only when {@code anchor} is that head, otherwise {@link ReasonCode#STATE_MIGRATION_TARGET_EXISTS}
     * and nothing is written. The links themselves are the caller's to check.
     */
    long importFrom(Iterator<LedgerRecord> records, Optional<ChainLink> anchor);

    /**
     * Replaces the whole content of the store with {@code records} (already in canonical order) as one
     * unit, for a restore that was asked to replace the store: either the old content stays (the
     * import failed, or the process died) or all the new records are visible, never a mix. Every
     * other writer waits until it is done. Returns the number of records loaded. Raises what
     * {@link #importFrom} raises, except {@link ReasonCode#STATE_MIGRATION_TARGET_EXISTS}; contents
     * that cannot be written (a store read as migrated) raise {@link ReasonCode#INTERNAL_ERROR}.
     */
    default long replaceWith(Iterator<LedgerRecord> records) {
        return replaceWith(records, Optional.empty());
    }

    /**
     * As {@link #replaceWith(Iterator)}, for events that may carry their positions: the chain starts
     * again after {@code anchor} (the genesis when empty) with the new content, as
     * {@link #importFrom(Iterator, Optional)} keeps it.
     */
    default long replaceWith(Iterator<LedgerRecord> records, Optional<ChainLink> anchor) {
        throw new StoreException(ReasonCode.INTERNAL_ERROR, "these contents cannot be replaced");
    }

    /** True when the store holds no run, step or audit event. */
    boolean isEmpty();
}
