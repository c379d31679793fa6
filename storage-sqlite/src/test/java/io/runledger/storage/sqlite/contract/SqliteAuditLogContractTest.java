package io.runledger.storage.sqlite.contract;

import io.runledger.storage.tck.AuditLogContract;
import io.runledger.storage.tck.StoreFixture;

class SqliteAuditLogContractTest extends AuditLogContract {
    @Override
    protected StoreFixture fixture() {
        return new SqliteFixture();
    }
}
