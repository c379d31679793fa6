package io.runledger.storage.json.journal;

import java.time.Instant;
import java.util.Optional;

/**
 * What reading the journal found: whether it continues the current snapshot, how many acknowledged
 * entries it replayed, its size, and a torn final line (an unacknowledged write) if there was one.
 *
 * @param state      how the journal relates to the snapshot
 * @param continues  the {@code exported_at} of the snapshot the journal continues (empty when missing)
 * @param entries    how many entries were replayed (none unless {@link State#CURRENT})
 * @param bytes      the journal's size in bytes, torn tail included
 * @param torn       the torn final line, if any
 */
public record JournalScan(State state, Optional<Instant> continues, long entries, long bytes, Optional<TornTail> torn) {
    /** How a journal relates to the snapshot beside it. */
    public enum State {
        /** No journal file: nothing was written since the snapshot (or a compaction stopped before creating it). */
        MISSING,
        /** It continues an older snapshot: a compaction folded it in and stopped before replacing it. */
        STALE,
        /** It continues this snapshot: its entries were replayed. */
        CURRENT,
        /** It continues a newer snapshot than the one read: a compaction ran between reading the two, or an old state.json was put back. */
        AHEAD
    }

    /** A final line that was never acknowledged: no line feed, or a frame or checksum that does not match. */
    public record TornTail(long line, long bytes, String why) {
    }

    static JournalScan missing() {
        return new JournalScan(State.MISSING, Optional.empty(), 0, 0, Optional.empty());
    }

    /** Whether new entries can be appended to this journal as it is on disk. */
    public boolean appendable() {
        return state == State.CURRENT && torn.isEmpty();
    }
}
