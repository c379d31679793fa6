package io.runledger.storage.postgres.contract;

import io.runledger.storage.tck.ContentHashContract;
import io.runledger.storage.tck.StoreFixture;

class PostgresContentHashContractTest extends ContentHashContract {
    @Override
    protected StoreFixture fixture() {
        return new PostgresFixture();
    }
}
