package io.runledger.storage.postgres.contract;

import io.runledger.storage.tck.CreatedStoreRemovalContract;
import io.runledger.storage.tck.StoreFixture;

class PostgresCreatedStoreRemovalContractTest extends CreatedStoreRemovalContract {
    @Override
    protected StoreFixture fixture() {
        return new PostgresFixture();
    }
}
