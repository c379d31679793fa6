package io.runledger.storage.postgres.contract;

import io.runledger.storage.tck.ConcurrentPagingContract;
import io.runledger.storage.tck.StoreFixture;

class PostgresConcurrentPagingContractTest extends ConcurrentPagingContract {
    @Override
    protected StoreFixture fixture() {
        return new PostgresFixture();
    }
}
