package io.runledger.storage.postgres.contract;

import io.runledger.storage.tck.DurabilityContract;
import io.runledger.storage.tck.StoreFixture;

class PostgresDurabilityContractTest extends DurabilityContract {
    @Override
    protected StoreFixture fixture() {
        return new PostgresFixture();
    }
}
