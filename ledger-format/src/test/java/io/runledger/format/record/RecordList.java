package io.runledger.format.record;

import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.StoreContents;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** A store's contents that only export: a fixed list of records, streamed in list order. */
record RecordList(List<LedgerRecord> records) implements StoreContents {
    @Override
    public void exportTo(Consumer<LedgerRecord> sink) {
        records.forEach(sink);
    }

    @Override
    public long importFrom(Iterator<LedgerRecord> incoming, Optional<ChainLink> anchor) {
        throw new UnsupportedOperationException("an export-only fixture");
    }

    @Override
    public boolean isEmpty() {
        return records.isEmpty();
    }
}
