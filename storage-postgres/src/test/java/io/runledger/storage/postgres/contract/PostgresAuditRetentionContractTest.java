package io.runledger.storage.postgres.contract;

import io.runledger.storage.tck.AuditRetentionContract;
import io.runledger.storage.tck.StoreFixture;

class PostgresAuditRetentionContractTest extends AuditRetentionContract {
    @Override
    protected StoreFixture fixture() {
        return new PostgresFixture();
    }
}
