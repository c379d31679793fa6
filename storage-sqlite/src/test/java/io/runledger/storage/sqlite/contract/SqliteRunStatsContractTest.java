package io.runledger.storage.sqlite.contract;

import io.runledger.storage.tck.RunStatsContract;
import io.runledger.storage.tck.StoreFixture;

class SqliteRunStatsContractTest extends RunStatsContract {
    @Override
    protected StoreFixture fixture() {
        return new SqliteFixture();
    }
}
