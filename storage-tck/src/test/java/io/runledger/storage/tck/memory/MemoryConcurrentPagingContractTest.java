package io.runledger.storage.tck.memory;

import io.runledger.storage.tck.ConcurrentPagingContract;
import io.runledger.storage.tck.StoreFixture;

class MemoryConcurrentPagingContractTest extends ConcurrentPagingContract {
    @Override
    protected StoreFixture fixture() {
        return new MemoryFixture();
    }
}
