package io.runledger.storage.sqlite.contract;

import io.runledger.storage.tck.AuditRetentionContract;
import io.runledger.storage.tck.StoreFixture;

class SqliteAuditRetentionContractTest extends AuditRetentionContract {
    @Override
    protected StoreFixture fixture() {
        return new SqliteFixture();
    }
}
