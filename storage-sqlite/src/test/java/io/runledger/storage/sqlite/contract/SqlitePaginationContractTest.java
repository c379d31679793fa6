package io.runledger.storage.sqlite.contract;

import io.runledger.storage.tck.PaginationContract;
import io.runledger.storage.tck.StoreFixture;

class SqlitePaginationContractTest extends PaginationContract {
    @Override
    protected StoreFixture fixture() {
        return new SqliteFixture();
    }
}
