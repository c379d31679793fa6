package io.runledger.storage.postgres.contract;

import io.runledger.storage.tck.ChainAnchorContract;
import io.runledger.storage.tck.StoreFixture;

class PostgresChainAnchorContractTest extends ChainAnchorContract {
    @Override
    protected StoreFixture fixture() {
        return new PostgresFixture();
    }
}
