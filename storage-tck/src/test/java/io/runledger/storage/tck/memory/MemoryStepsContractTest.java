package io.runledger.storage.tck.memory;

import io.runledger.storage.tck.StepsContract;
import io.runledger.storage.tck.StoreFixture;

class MemoryStepsContractTest extends StepsContract {
    @Override
    protected StoreFixture fixture() {
        return new MemoryFixture();
    }
}
