package io.runledger.storage.tck.memory;

import io.runledger.storage.api.Check;
import io.runledger.storage.api.Migration;
import io.runledger.storage.api.MigrationReport;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.StoreStatus;
import java.util.List;
import java.util.stream.IntStream;

/** Admin of a memory store: it exists at head once migrated, or not at all. */
final class MemoryAdmin implements StoreAdmin {
    private static final List<Migration> ALL = IntStream.rangeClosed(1, MemoryProvider.HEAD)
            .mapToObj(v -> new Migration(v, "step " + v)).toList();

    private final MemoryProvider provider;
    private final String location;

    MemoryAdmin(MemoryProvider provider, String location) {
        this.provider = provider;
        this.location = location;
    }

    @Override
    public StoreStatus status() {
        boolean exists = provider.exists(location);
        return new StoreStatus(provider.id(), provider.persistenceMode(), location, exists,
                exists ? MemoryProvider.HEAD : 0, MemoryProvider.HEAD, exists ? List.of() : ALL);
    }

    @Override
    public MigrationReport migrate(boolean dryRun) {
        StoreStatus before = status();
        if (!dryRun) {
            provider.create(location);
        }
        return new MigrationReport(before.schemaVersion(), MemoryProvider.HEAD, before.pending(), dryRun);
    }

    @Override
    public List<Check> check() {
        requireExists();
        return List.of(new Check("reachable", true, "in memory"));
    }

    @Override
    public void vacuum() {
        requireExists();
    }

    private void requireExists() {
        if (!provider.exists(location)) {
            throw new StoreException(ReasonCode.STORE_NOT_INITIALIZED, "no memory store at " + location);
        }
    }

    @Override
    public void close() {
        // holds nothing
    }
}
