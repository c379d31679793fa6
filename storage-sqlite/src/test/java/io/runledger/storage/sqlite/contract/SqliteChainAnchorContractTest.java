package io.runledger.storage.sqlite.contract;

import io.runledger.storage.tck.ChainAnchorContract;
import io.runledger.storage.tck.StoreFixture;

class SqliteChainAnchorContractTest extends ChainAnchorContract {
    @Override
    protected StoreFixture fixture() {
        return new SqliteFixture();
    }
}
