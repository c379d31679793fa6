package io.runledger.storage.postgres.contract;

import io.runledger.storage.tck.AuditLogContract;
import io.runledger.storage.tck.StoreFixture;

class PostgresAuditLogContractTest extends AuditLogContract {
    @Override
    protected StoreFixture fixture() {
        return new PostgresFixture();
    }
}
