package io.runledger.storage.postgres.contract;

import io.runledger.storage.tck.AuditChainContract;
import io.runledger.storage.tck.StoreFixture;

class PostgresAuditChainContractTest extends AuditChainContract {
    @Override
    protected StoreFixture fixture() {
        return new PostgresFixture();
    }
}
