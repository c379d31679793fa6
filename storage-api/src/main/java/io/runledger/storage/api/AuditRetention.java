package io.runledger.storage.api;

import java.util.List;
import java.util.Set;

/**
 * Retention of the audit log: the one way audit events leave a store, used by {@code audit prune}
 * after the events are in a verified archive. No other port deletes or changes an event.
 */
public interface AuditRetention {
    /**
     * Deletes exactly the events named in {@code events} and stores {@code record}, in one
     * transaction: afterwards either all of them are gone and the record is stored (its
     * {@link AuditPrune#last()} becoming the {@link AuditHistory#anchor()}), or nothing changed. The
     * events must be a prefix of the audit chain: every stored event with a position up to
     * {@code record.last()}, whose event must hold that chain — otherwise (also when the record has
     * no anchor) {@link IllegalArgumentException} and nothing changes. Events appended meanwhile are
     * untouched whatever their {@code ts}. Raises {@link ReasonCode#STORE_LOCKED} and changes nothing
     * when some named event is no longer stored (another prune took it), and
     * {@link ReasonCode#DUPLICATE_ID} when a prune with the record's id exists.
     */
    void prune(Set<EventId> events, AuditPrune record);

    /** Every prune record, oldest first (by {@code pruned_at}, then id). */
    List<AuditPrune> prunes();
}
