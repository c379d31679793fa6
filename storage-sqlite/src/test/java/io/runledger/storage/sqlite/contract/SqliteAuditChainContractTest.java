package io.runledger.storage.sqlite.contract;

import io.runledger.storage.tck.AuditChainContract;
import io.runledger.storage.tck.StoreFixture;

class SqliteAuditChainContractTest extends AuditChainContract {
    @Override
    protected StoreFixture fixture() {
        return new SqliteFixture();
    }
}
