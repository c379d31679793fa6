package io.runledger.storage.json.contract;

import io.runledger.storage.tck.AuditLogContract;
import io.runledger.storage.tck.StoreFixture;

class JsonAuditLogContractTest extends AuditLogContract {
    @Override
    protected StoreFixture fixture() {
        return new JsonFixture();
    }
}
