package io.runledger.cli;

import io.runledger.format.record.ExportSummary;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreException;
import java.util.Locale;

/** What the store commands say about a transfer: the empty-target rule naming the target, and the pace. */
final class TransferReport {
    private TransferReport() {
    }

    /** Refuses a target that holds anything, naming it; Runledger never merges into a store. */
    static void requireEmpty(Store target, String name) {
        if (!target.contents().isEmpty()) {
            throw new StoreException(ReasonCode.STATE_MIGRATION_TARGET_EXISTS, "the target " + name
                    + " is not empty; runledger never merges into or overwrites a store (nothing was written)");
        }
    }

    /** E.g. {@code " in 12.3 s (81234 records/s)"}, for the summary line. */
    static String pace(ExportSummary summary, long startedNanos) {
        double seconds = Math.max(System.nanoTime() - startedNanos, 1) / 1e9;
        return String.format(Locale.ROOT, " in %.1f s (%d records/s)", seconds,
                Math.round(summary.counts().total() / seconds));
    }
}
