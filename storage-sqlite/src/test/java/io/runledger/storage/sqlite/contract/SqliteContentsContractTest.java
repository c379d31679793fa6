package io.runledger.storage.sqlite.contract;

import io.runledger.storage.tck.ContentsContract;
import io.runledger.storage.tck.StoreFixture;

class SqliteContentsContractTest extends ContentsContract {
    @Override
    protected StoreFixture fixture() {
        return new SqliteFixture();
    }
}
