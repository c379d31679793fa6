package io.runledger.storage.postgres.contract;

import io.runledger.storage.tck.AdminContract;
import io.runledger.storage.tck.StoreFixture;

class PostgresAdminContractTest extends AdminContract {
    @Override
    protected StoreFixture fixture() {
        return new PostgresFixture();
    }
}
