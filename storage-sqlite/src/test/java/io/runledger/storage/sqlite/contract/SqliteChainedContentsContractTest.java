package io.runledger.storage.sqlite.contract;

import io.runledger.storage.tck.ChainedContentsContract;
import io.runledger.storage.tck.StoreFixture;

class SqliteChainedContentsContractTest extends ChainedContentsContract {
    @Override
    protected StoreFixture fixture() {
        return new SqliteFixture();
    }
}
