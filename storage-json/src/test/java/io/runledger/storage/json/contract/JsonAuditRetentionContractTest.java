package io.runledger.storage.json.contract;

import io.runledger.storage.tck.AuditRetentionContract;
import io.runledger.storage.tck.StoreFixture;

class JsonAuditRetentionContractTest extends AuditRetentionContract {
    @Override
    protected StoreFixture fixture() {
        return new JsonFixture();
    }
}
