package io.runledger.domain;

/**
 * What the use cases report as they write, for monitoring: each committed group of audit appends and
 * each run created. Called on the writing thread right after the store has committed, so an
 * implementation must be quick and must not throw; the domain knows nothing of how it is measured.
 */
public interface LedgerObserver {
    /** Observes nothing. */
    LedgerObserver NONE = new LedgerObserver() {
    };

    /**
     * One store transaction of the group commit has committed {@code events} events of {@code batches}
     * callers' batches in {@code nanos} nanoseconds.
     */
    default void auditCommitted(int batches, int events, long nanos) {
    }

    /** A run was stored (a retry that found the identical run is not counted). */
    default void runCreated() {
    }
}
