package io.runledger.storage.tck.memory;

import io.runledger.storage.api.StorageProvider;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreSpec;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A reference adapter held in memory, "on disk" per location, so the suite can check itself without a database. */
final class MemoryProvider implements StorageProvider {
    static final int HEAD = 3;

    private final Map<String, MemoryData> disk = new ConcurrentHashMap<>();

    @Override
    public String id() {
        return "memory";
    }

    @Override
    public String persistenceMode() {
        return "none";
    }

    /** None: a store in memory has nothing to tune. */
    @Override
    public java.util.Set<String> optionNames() {
        return java.util.Set.of();
    }

    @Override
    public Optional<String> defaultFileName() {
        return Optional.empty();
    }

    @Override
    public StoreAdmin admin(StoreSpec spec) {
        return new MemoryAdmin(this, spec.location());
    }

    @Override
    public Store open(StoreSpec spec) {
        admin(spec).status().requireAtHead();
        return new MemoryStore(disk.get(spec.location()));
    }

    boolean exists(String location) {
        return disk.containsKey(location);
    }

    void create(String location) {
        disk.computeIfAbsent(location, l -> new MemoryData());
    }
}
