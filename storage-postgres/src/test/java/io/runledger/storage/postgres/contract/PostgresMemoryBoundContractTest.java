package io.runledger.storage.postgres.contract;

import io.runledger.storage.tck.MemoryBoundContract;
import io.runledger.storage.tck.StoreFixture;

class PostgresMemoryBoundContractTest extends MemoryBoundContract {
    @Override
    protected StoreFixture fixture() {
        return new PostgresFixture();
    }
}
