/**
 * The JSON store: a human-readable snapshot in the export format ({@code state.json}) plus an
 * append-only, fsync'd JSON Lines journal beside it, guarded by an OS file lock. Exports nothing; it
 * is found as a {@link io.runledger.storage.api.StorageProvider} with id {@code json}.
 */
module io.runledger.storage.json {
    requires io.runledger.storage.api;
    requires io.runledger.storage.support;
    requires io.runledger.format;

    provides io.runledger.storage.api.StorageProvider with io.runledger.storage.json.JsonStorageProvider;
}
