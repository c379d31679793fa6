package io.runledger.storage.api;

import java.util.List;

/**
 * The audit log in commit order, as its hash chain holds it (SPEC S12): every stored event with its
 * {@link ChainLink}, and the head. Positions are given by the store when an append commits — one
 * claim of the head per transaction, so that concurrent writers (several processes on one server)
 * still make one gapless chain — and never change afterwards. Reading only: events enter through
 * {@link AuditLog} and {@link StoreContents}, and leave only through {@link AuditRetention}.
 */
public interface AuditHistory {
    /**
     * The last position the chain reached: that of the latest committed event, or (before any event)
     * position 0 with the genesis chain. Events pruned later do not move it back.
     */
    ChainLink head();

    /** At most {@code limit} stored events with positions above {@code seq}, in {@code seq} order. */
    List<ChainedEvent> after(long seq, int limit);
}
