package io.runledger.bootstrap;

import io.runledger.storage.api.StorageProvider;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreSpec;
import java.util.Optional;
import java.util.Set;

/**
 * A provider that only has an id, a default file name and option names: enough to test
 * configuration, which never opens a store. Store tests use the real SQLite provider.
 */
record FileBackend(String id, Optional<String> defaultFileName, Set<String> optionNames) implements StorageProvider {
    /** The option names every fake backend declares. */
    static final Set<String> OPTIONS = Set.of("busy_timeout_ms", "lock_timeout_ms");

    static FileBackend named(String id, String fileName) {
        return new FileBackend(id, Optional.of(fileName), OPTIONS);
    }

    static FileBackend server(String id) {
        return new FileBackend(id, Optional.empty(), OPTIONS);
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
