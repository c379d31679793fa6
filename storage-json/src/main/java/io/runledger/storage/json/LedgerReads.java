package io.runledger.storage.json;

import java.util.function.Function;

/** Queries of a {@link Ledger}, each against a consistent view of it. */
interface LedgerReads {
    /** Runs {@code query} against a consistent view of the content. */
    <T> T read(Function<Ledger, T> query);

    /** The reads of a ledger that nothing changes any more: one loaded for reading only. */
    static LedgerReads of(Ledger ledger) {
        return new LedgerReads() {
            @Override
            public <T> T read(Function<Ledger, T> query) {
                return query.apply(ledger);
            }
        };
    }
}
