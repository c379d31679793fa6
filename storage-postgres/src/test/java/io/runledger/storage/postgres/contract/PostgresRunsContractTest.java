package io.runledger.storage.postgres.contract;

import io.runledger.storage.tck.RunsContract;
import io.runledger.storage.tck.StoreFixture;

class PostgresRunsContractTest extends RunsContract {
    @Override
    protected StoreFixture fixture() {
        return new PostgresFixture();
    }
}
