package io.runledger.storage.tck.memory;

import io.runledger.storage.api.StorageProvider;
import io.runledger.storage.api.StoreSpec;
import io.runledger.storage.tck.Capability;
import io.runledger.storage.tck.StoreFixture;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Fresh memory locations for the suite's self-check. */
final class MemoryFixture implements StoreFixture {
    private final MemoryProvider provider = new MemoryProvider();
    private final AtomicInteger stores = new AtomicInteger();

    @Override
    public StorageProvider provider() {
        return provider;
    }

    @Override
    public StoreSpec freshSpec() {
        return StoreSpec.at("memory-" + stores.incrementAndGet());
    }

    @Override
    public boolean storeExists(StoreSpec spec) {
        return provider.exists(spec.location());
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of();
    }

    @Override
    public void close() {
        // the provider and its stores go with this object
    }
}
