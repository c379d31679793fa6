package io.runledger.storage.tck.memory;

import io.runledger.storage.tck.RunsContract;
import io.runledger.storage.tck.StoreFixture;

class MemoryRunsContractTest extends RunsContract {
    @Override
    protected StoreFixture fixture() {
        return new MemoryFixture();
    }
}
