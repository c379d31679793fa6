package io.runledger.storage.postgres.contract;

import io.runledger.storage.tck.ChainedContentsContract;
import io.runledger.storage.tck.StoreFixture;

class PostgresChainedContentsContractTest extends ChainedContentsContract {
    @Override
    protected StoreFixture fixture() {
        return new PostgresFixture();
    }
}
