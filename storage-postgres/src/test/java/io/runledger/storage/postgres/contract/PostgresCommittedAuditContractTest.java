package io.runledger.storage.postgres.contract;

import io.runledger.storage.tck.CommittedAuditContract;
import io.runledger.storage.tck.StoreFixture;

class PostgresCommittedAuditContractTest extends CommittedAuditContract {
    @Override
    protected StoreFixture fixture() {
        return new PostgresFixture();
    }
}
