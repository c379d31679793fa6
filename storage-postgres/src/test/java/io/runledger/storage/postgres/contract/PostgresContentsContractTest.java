package io.runledger.storage.postgres.contract;

import io.runledger.storage.tck.ContentsContract;
import io.runledger.storage.tck.StoreFixture;

class PostgresContentsContractTest extends ContentsContract {
    @Override
    protected StoreFixture fixture() {
        return new PostgresFixture();
    }
}
