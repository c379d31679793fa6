package io.runledger.storage.sqlite.contract;

import io.runledger.storage.tck.ConcurrentPagingContract;
import io.runledger.storage.tck.StoreFixture;

class SqliteConcurrentPagingContractTest extends ConcurrentPagingContract {
    @Override
    protected StoreFixture fixture() {
        return new SqliteFixture();
    }
}
