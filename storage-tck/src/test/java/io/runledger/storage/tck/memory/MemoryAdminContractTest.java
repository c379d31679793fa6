package io.runledger.storage.tck.memory;

import io.runledger.storage.tck.AdminContract;
import io.runledger.storage.tck.StoreFixture;

class MemoryAdminContractTest extends AdminContract {
    @Override
    protected StoreFixture fixture() {
        return new MemoryFixture();
    }
}
