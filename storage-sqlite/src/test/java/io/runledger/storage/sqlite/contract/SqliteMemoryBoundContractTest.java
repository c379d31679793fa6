package io.runledger.storage.sqlite.contract;

import io.runledger.storage.tck.MemoryBoundContract;
import io.runledger.storage.tck.StoreFixture;

class SqliteMemoryBoundContractTest extends MemoryBoundContract {
    @Override
    protected StoreFixture fixture() {
        return new SqliteFixture();
    }
}
