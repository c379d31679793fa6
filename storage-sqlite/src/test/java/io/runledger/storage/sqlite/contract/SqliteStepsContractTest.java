package io.runledger.storage.sqlite.contract;

import io.runledger.storage.tck.StepsContract;
import io.runledger.storage.tck.StoreFixture;

class SqliteStepsContractTest extends StepsContract {
    @Override
    protected StoreFixture fixture() {
        return new SqliteFixture();
    }
}
