package io.runledger.storage.json.contract;

import io.runledger.storage.tck.AuditQueryContract;
import io.runledger.storage.tck.StoreFixture;

class JsonAuditQueryContractTest extends AuditQueryContract {
    @Override
    protected StoreFixture fixture() {
        return new JsonFixture();
    }
}
