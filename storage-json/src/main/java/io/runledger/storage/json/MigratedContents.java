package io.runledger.storage.json;

import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreContents;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.StoreStatus;
import io.runledger.storage.json.files.StoreFiles;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A JSON store's content as {@code db migrate} will leave it, read without changing it: the store is
 * loaded as its own version exactly as {@link SchemaUpgrade} loads it before writing it again at the
 * head (runs from before version 3 read as {@code running}, no finish time, no labels), and streamed
 * in canonical order. Takes no lock: the loader repeats its read if a compaction replaces the files
 * meanwhile.
 */
final class MigratedContents implements StoreContents {
    private final JsonAdmin admin;
    private final StoreFiles files;

    MigratedContents(JsonAdmin admin, StoreFiles files) {
        this.admin = admin;
        this.files = files;
    }

    @Override
    public void exportTo(Consumer<LedgerRecord> sink) {
        StoreStatus status = admin.status();
        if (!status.initialized()) {
            status.requireAtHead();
        }
        status.requireNotNewer();
        StoreLoader.load(files, false).ledger().forEachChained(sink);
    }

    @Override
    public long importFrom(Iterator<LedgerRecord> records, Optional<ChainLink> anchor) {
        throw new StoreException(ReasonCode.INTERNAL_ERROR,
                "the contents of a store as migrated are read-only; import into the store itself");
    }

    @Override
    public boolean isEmpty() {
        boolean[] any = {false};
        exportTo(record -> any[0] = true);
        return !any[0];
    }
}
