package io.runledger.storage.postgres.contract;

import io.runledger.storage.tck.StepsContract;
import io.runledger.storage.tck.StoreFixture;

class PostgresStepsContractTest extends StepsContract {
    @Override
    protected StoreFixture fixture() {
        return new PostgresFixture();
    }
}
