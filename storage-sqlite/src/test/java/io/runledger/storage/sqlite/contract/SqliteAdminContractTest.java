package io.runledger.storage.sqlite.contract;

import io.runledger.storage.tck.AdminContract;
import io.runledger.storage.tck.StoreFixture;

class SqliteAdminContractTest extends AdminContract {
    @Override
    protected StoreFixture fixture() {
        return new SqliteFixture();
    }
}
