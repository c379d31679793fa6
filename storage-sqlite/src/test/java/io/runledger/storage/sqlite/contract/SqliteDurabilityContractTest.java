package io.runledger.storage.sqlite.contract;

import io.runledger.storage.tck.DurabilityContract;
import io.runledger.storage.tck.StoreFixture;

class SqliteDurabilityContractTest extends DurabilityContract {
    @Override
    protected StoreFixture fixture() {
        return new SqliteFixture();
    }
}
