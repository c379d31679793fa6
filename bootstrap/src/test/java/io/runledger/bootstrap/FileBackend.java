package io.runledger.bootstrap;

import io.runledger.storage.api.StorageProvider;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreSpec;
import java.util.Optional;

/**
 * A provider that only has an id and a default file name: enough to test configuration, which never
 * opens a store. Store tests use the real SQLite provider.
 */
record FileBackend(String id, Optional<String> defaultFileName) implements StorageProvider {
    static FileBackend named(String id, String fileName) {
        return new FileBackend(id, Optional.of(fileName));
    }

    static FileBackend server(String id) {
        return new FileBackend(id, Optional.empty());
    }

    @Override
    public String persistenceMode() {
        return "test";
    }

    @Override
    public StoreAdmin admin(StoreSpec spec) {
        throw new UnsupportedOperationException("configuration tests open no store");
    }

    @Override
    public Store open(StoreSpec spec) {
        throw new UnsupportedOperationException("configuration tests open no store");
    }
}
