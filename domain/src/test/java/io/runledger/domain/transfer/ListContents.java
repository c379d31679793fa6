package io.runledger.domain.transfer;

import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreContents;
import io.runledger.storage.api.StoreException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** A store's contents as a list: export streams it, import adds all records or none. */
class ListContents implements StoreContents {
    final List<LedgerRecord> records = new ArrayList<>();
    private final UnaryOperator<LedgerRecord> onImport;

    ListContents() {
        this(UnaryOperator.identity());
    }

    /** A store that changes each record it imports, like a faulty backend would. */
    ListContents(UnaryOperator<LedgerRecord> onImport) {
        this.onImport = onImport;
    }

    static ListContents of(List<LedgerRecord> records) {
        ListContents contents = new ListContents();
        contents.records.addAll(records);
        return contents;
    }

    @Override
    public void exportTo(Consumer<LedgerRecord> sink) {
        records.forEach(sink);
    }

    @Override
    public long importFrom(Iterator<LedgerRecord> incoming, Optional<ChainLink> anchor) {
        if (!isEmpty()) {
            throw new StoreException(ReasonCode.STATE_MIGRATION_TARGET_EXISTS, "not empty");
        }
        List<LedgerRecord> staged = new ArrayList<>();
        incoming.forEachRemaining(record -> staged.add(onImport.apply(record)));
        records.addAll(staged);
        return staged.size();
    }

    @Override
    public boolean isEmpty() {
        return records.isEmpty();
    }
}
