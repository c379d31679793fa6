package io.runledger.storage.tck.memory;

import io.runledger.storage.tck.DurabilityContract;
import io.runledger.storage.tck.StoreFixture;

class MemoryDurabilityContractTest extends DurabilityContract {
    @Override
    protected StoreFixture fixture() {
        return new MemoryFixture();
    }
}
