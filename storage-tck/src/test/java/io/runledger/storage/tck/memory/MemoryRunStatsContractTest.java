package io.runledger.storage.tck.memory;

import io.runledger.storage.tck.RunStatsContract;
import io.runledger.storage.tck.StoreFixture;

class MemoryRunStatsContractTest extends RunStatsContract {
    @Override
    protected StoreFixture fixture() {
        return new MemoryFixture();
    }
}
