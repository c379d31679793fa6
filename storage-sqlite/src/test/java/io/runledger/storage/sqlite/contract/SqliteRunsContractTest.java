package io.runledger.storage.sqlite.contract;

import io.runledger.storage.tck.RunsContract;
import io.runledger.storage.tck.StoreFixture;

class SqliteRunsContractTest extends RunsContract {
    @Override
    protected StoreFixture fixture() {
        return new SqliteFixture();
    }
}
