package io.runledger.storage.sqlite.contract;

import io.runledger.storage.tck.CreatedStoreRemovalContract;
import io.runledger.storage.tck.StoreFixture;

class SqliteCreatedStoreRemovalContractTest extends CreatedStoreRemovalContract {
    @Override
    protected StoreFixture fixture() {
        return new SqliteFixture();
    }
}
