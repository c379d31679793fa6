package io.runledger.storage.postgres.contract;

import io.runledger.storage.tck.AuditQueryContract;
import io.runledger.storage.tck.StoreFixture;

class PostgresAuditQueryContractTest extends AuditQueryContract {
    @Override
    protected StoreFixture fixture() {
        return new PostgresFixture();
    }
}
