package io.runledger.storage.sqlite.contract;

import io.runledger.storage.tck.ContentHashContract;
import io.runledger.storage.tck.StoreFixture;

class SqliteContentHashContractTest extends ContentHashContract {
    @Override
    protected StoreFixture fixture() {
        return new SqliteFixture();
    }
}
