package io.runledger.storage.json.contract;

import io.runledger.storage.tck.CommittedAuditContract;
import io.runledger.storage.tck.StoreFixture;

class JsonCommittedAuditContractTest extends CommittedAuditContract {
    @Override
    protected StoreFixture fixture() {
        return new JsonFixture();
    }
}
