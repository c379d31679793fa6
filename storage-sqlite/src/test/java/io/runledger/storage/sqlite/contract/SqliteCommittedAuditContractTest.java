package io.runledger.storage.sqlite.contract;

import io.runledger.storage.tck.CommittedAuditContract;
import io.runledger.storage.tck.StoreFixture;

class SqliteCommittedAuditContractTest extends CommittedAuditContract {
    @Override
    protected StoreFixture fixture() {
        return new SqliteFixture();
    }
}
