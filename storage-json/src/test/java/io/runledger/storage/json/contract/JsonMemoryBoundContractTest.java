package io.runledger.storage.json.contract;

import io.runledger.storage.tck.MemoryBoundContract;
import io.runledger.storage.tck.StoreFixture;

class JsonMemoryBoundContractTest extends MemoryBoundContract {
    @Override
    protected StoreFixture fixture() {
        return new JsonFixture();
    }
}
