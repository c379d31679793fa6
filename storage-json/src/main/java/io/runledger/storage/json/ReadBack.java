package io.runledger.storage.json;

import io.runledger.format.record.RecordLines;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.json.files.IoFailures;

/**
 * The store never acknowledges what it could not read back: a record is written as its export line
 * (journal and snapshot alike), so a record whose line does not read back as the same record — an
 * {@code args}, {@code stats} or {@code data} text that is not canonical JSON within the format's
 * limits, or a text with a lone surrogate — is refused before it reaches the journal.
 */
final class ReadBack {
    private ReadBack() {
    }

    /** Returns {@code record}, or raises {@link ReasonCode#VALIDATION_FAILED}. */
    static <R extends LedgerRecord> R require(R record) {
        String line = RecordLines.toLine(record);
        LedgerRecord back;
        try {
            back = RecordLines.read(line, 1);
        } catch (StoreException e) {
            throw new StoreException(ReasonCode.VALIDATION_FAILED,
                    "the record cannot be stored: " + IoFailures.problem(e), e);
        }
        if (!back.equals(record)) {
            throw new StoreException(ReasonCode.VALIDATION_FAILED,
                    "the record cannot be stored as written: its JSON objects must be canonical (RFC 8785)");
        }
        return record;
    }
}
