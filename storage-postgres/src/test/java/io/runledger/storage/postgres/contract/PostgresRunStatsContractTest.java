package io.runledger.storage.postgres.contract;

import io.runledger.storage.tck.RunStatsContract;
import io.runledger.storage.tck.StoreFixture;

class PostgresRunStatsContractTest extends RunStatsContract {
    @Override
    protected StoreFixture fixture() {
        return new PostgresFixture();
    }
}
