package io.runledger.storage.tck.memory;

import io.runledger.storage.tck.PaginationContract;
import io.runledger.storage.tck.StoreFixture;

class MemoryPaginationContractTest extends PaginationContract {
    @Override
    protected StoreFixture fixture() {
        return new MemoryFixture();
    }
}
