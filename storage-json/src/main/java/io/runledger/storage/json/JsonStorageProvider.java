package io.runledger.storage.json;

import io.runledger.storage.api.NumberSetting;
import io.runledger.storage.api.StorageProvider;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreSpec;
import io.runledger.storage.json.files.StoreFiles;
import io.runledger.storage.json.snapshot.JsonSchema;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The JSON backend ({@code json}, persistence mode {@code journal+snapshot}): a human-readable store
 * for small, local use. Layout, beside the configured file (default {@code state.json}):
 * <ul>
 *   <li>{@code state.json} — the snapshot, byte for byte in the export format (FORMAT.md): header,
 *       records in canonical order, trailer with counts and content hash. Only ever replaced whole
 *       (temporary file, fsync, atomic rename, fsync of the directory).</li>
 *   <li>{@code state.json.journal} — append-only JSON Lines: a header naming the snapshot it
 *       continues (by its {@code exported_at}), then one CRC-32C-framed line per acknowledged write,
 *       fsync'd before the write returns. A write costs one line, whatever the size of the store.</li>
 *   <li>{@code state.json.lock} — an OS file lock held while a store is open: one writer at a time;
 *       another gets {@code store_locked} after {@code lock_timeout_ms}.</li>
 * </ul>
 * The whole content lives in memory while the store is open (memory grows with the store). The
 * journal is folded into a new snapshot when it outgrows {@code compact_after_bytes} and the
 * snapshot, on {@code vacuum}, and on close after writes. Status and checks read without the lock.
 */
public final class JsonStorageProvider implements StorageProvider {
    static final String ID = "json";
    static final String PERSISTENCE_MODE = "journal+snapshot";

    /** Found by {@link java.util.ServiceLoader}. */
    public JsonStorageProvider() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String persistenceMode() {
        return PERSISTENCE_MODE;
    }

    @Override
    public Set<String> optionNames() {
        return JsonOptions.NAMES;
    }

    @Override
    public List<NumberSetting> numberSettings() {
        return JsonOptions.NUMBERS;
    }

    /** The store lock is held from open to close: other processes wait for it. */
    @Override
    public boolean openStoreIsExclusive() {
        return true;
    }

    @Override
    public Optional<String> defaultFileName() {
        return Optional.of("state.json");
    }

    @Override
    public StoreAdmin admin(StoreSpec spec) {
        return new JsonAdmin(StoreFiles.at(spec.location()), JsonOptions.from(spec.optionsOf(ID)));
    }

    @Override
    public Store open(StoreSpec spec) {
        StoreFiles files = StoreFiles.at(spec.location());
        JsonOptions options = JsonOptions.from(spec.optionsOf(ID));
        JsonAdmin admin = new JsonAdmin(files, options);
        admin.status().requireAtHead();
        JournaledLedger ledger = JournaledLedger.open(files, options);
        if (ledger.schemaVersion() != JsonSchema.HEAD) {
            // Another process changed the store between the check and the lock.
            ledger.close();
            admin.status().requireAtHead();
        }
        return new JsonStore(ledger);
    }
}
