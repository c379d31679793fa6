package io.runledger.storage.postgres.contract;

import io.runledger.storage.tck.PaginationContract;
import io.runledger.storage.tck.StoreFixture;

class PostgresPaginationContractTest extends PaginationContract {
    @Override
    protected StoreFixture fixture() {
        return new PostgresFixture();
    }
}
