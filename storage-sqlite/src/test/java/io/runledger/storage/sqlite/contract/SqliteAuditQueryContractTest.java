package io.runledger.storage.sqlite.contract;

import io.runledger.storage.tck.AuditQueryContract;
import io.runledger.storage.tck.StoreFixture;

class SqliteAuditQueryContractTest extends AuditQueryContract {
    @Override
    protected StoreFixture fixture() {
        return new SqliteFixture();
    }
}
