package io.runledger.domain;

import io.runledger.storage.api.LedgerRecord;
import java.util.Iterator;

/**
 * Records passing to an import, hashed on the way (on the importing thread, so that the thread
 * reading or parsing them does less); once they end, {@code atEnd} runs before the importer learns
 * that they ended — a check that fails there stops the import before it commits.
 */
final class HashedRecords implements Iterator<LedgerRecord> {
    private final Iterator<LedgerRecord> records;
    private final ContentTally tally;
    private final Runnable atEnd;
    private boolean ended;

    HashedRecords(Iterator<LedgerRecord> records, ContentTally tally, Runnable atEnd) {
        this.records = records;
        this.tally = tally;
        this.atEnd = atEnd;
    }

    @Override
    public boolean hasNext() {
        if (records.hasNext()) {
            return true;
        }
        if (!ended) {
            ended = true;
            atEnd.run();
        }
        return false;
    }

    @Override
    public LedgerRecord next() {
        LedgerRecord record = records.next();
        tally.add(record);
        return record;
    }
}
